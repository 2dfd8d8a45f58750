using JudgeEval.Engine.Reporting.Html.Charts;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>Pairwise position bias per judge: consistency across the two orders and how often the first-shown output wins.</summary>
public static class PositionSection
{
    static readonly Reference[] Half = [Reference.Plain(0.5)];

    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        h.Append($"<section id=\"{SectionIds.Position}\" aria-labelledby=\"position-h\"><h2 id=\"position-h\">{SectionIds.TitleOf(SectionIds.Position)}</h2>");
        var judges = r.Judges.Where(j => j.Position is not null).ToList();
        if (judges.Count == 0)
        {
            if (ctx.IsPairwise)
            {
                h.Append($"<p>No judge has verdicts in both presentation orders, so position bias could not be measured.</p></section>");
            }
            else
            {
                h.Append($"<p>Not applicable: position bias is measured on pairwise tasks, and this task is pointwise.</p></section>");
            }

            return;
        }

        var axis = MiniChart.AxisOf(0, 1, 170);
        IReadOnlyList<Reference> gate = r.Thresholds is { } t ? [Reference.Fail(t.Value(ThresholdTable.PositionConsistencyMin))] : [];
        var gateText = r.Thresholds is { } g ? " The orange line on the consistency bar is positionConsistencyMin (" + Numbers.Percent(g.Value(ThresholdTable.PositionConsistencyMin), 0) + "): a judge below it warns." : string.Empty;
        h.Append($"<p>Each pair was judged in both orders. Consistency: the share of pairs whose two orders name the same winner. First-position rate: the share of single-order verdicts that picked whichever output was shown first (0.5 is no preference).{gateText}</p>");
        var shown = Abridged.Rows(h, judges, ctx.Options.JudgeLimit, "judges", "judges[].position");
        h.Append($"<div class=\"scroll\"><table class=\"sortable position\"><caption>Position bias by judge</caption><thead><tr><th scope=\"col\">Judge</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">Consistency</th><th scope=\"col\" data-nosort=\"\">{MiniChart.AxisHeader(axis, 0.25, t => Numbers.Fixed(t, 2), "share axis")}</th>");
        h.Append($"<th scope=\"col\" class=\"num\">First-position</th><th scope=\"col\" data-nosort=\"\">{MiniChart.AxisHeader(axis, 0.25, t => Numbers.Fixed(t, 2), "share axis")}</th><th scope=\"col\" class=\"num\" title=\"accuracy against humans with output 1 shown first\">Acc. original</th><th scope=\"col\" class=\"num\" title=\"accuracy with output 2 shown first\">Acc. swapped</th><th scope=\"col\" class=\"num\" title=\"swapped minus original accuracy\">Swap Δ</th><th scope=\"col\" class=\"num\" title=\"accuracy of the two-order average\">Acc. both</th></tr></thead><tbody>");
        foreach (var judge in shown)
        {
            var p = judge.Position!;
            h.Append($"<tr>");
            Cells.JudgeHeader(h, ctx, judge.Id);
            Cells.Num(h, p.N);
            Cells.Num(h, p.Consistency, Numbers.Percent(p.Consistency));
            h.Append($"<td class=\"chart\">{MiniChart.Bar(axis, p.Consistency, 0.25, gate, judge.Id + ": position consistency " + Numbers.Percent(p.Consistency))}</td>");
            Cells.Num(h, p.FirstPositionRate, Numbers.Percent(p.FirstPositionRate));
            h.Append($"<td class=\"chart\">{MiniChart.Interval(axis, p.FirstPositionRate, Interval.Undefined, 0.25, Half, judge.Id + ": first-position rate " + Numbers.Percent(p.FirstPositionRate) + " (0.5 = no preference)")}</td>");
            Cells.Num(h, p.AccuracyOriginal, Numbers.Percent(p.AccuracyOriginal));
            Cells.Num(h, p.AccuracySwapped, Numbers.Percent(p.AccuracySwapped));
            var effect = p.AccuracySwapped - p.AccuracyOriginal;
            Cells.Num(h, effect, (effect > 0 ? "+" : string.Empty) + Numbers.Percent(effect));
            Cells.Num(h, p.AccuracyAveraged, Numbers.Percent(p.AccuracyAveraged));
            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div></section>");
    }
}
