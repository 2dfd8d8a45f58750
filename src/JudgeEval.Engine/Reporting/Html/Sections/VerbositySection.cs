using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Html.Charts;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>Verbosity bias per judge: how much more than the humans the judge rewards longer outputs, with its interval and test.</summary>
public static class VerbositySection
{
    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        h.Append($"<section id=\"{SectionIds.Verbosity}\" aria-labelledby=\"verbosity-h\"><h2 id=\"verbosity-h\">{SectionIds.TitleOf(SectionIds.Verbosity)}</h2>");
        var judges = r.Judges.Where(j => j.LengthBias is { N: > 0 }).ToList();
        if (judges.Count == 0)
        {
            var why = !ctx.HasHumanLabels ? "there are no human labels to compare with" : "the items carry neither text nor a length column";
            h.Append($"<p>Not measured: {why}.</p></section>");
            return;
        }

        var max = r.Thresholds?.Value(ThresholdTable.LengthBiasMax) ?? double.NaN;
        var range = ctx.Task.ScaleMax is { } hi && ctx.Task.ScaleMin is { } lo ? hi - lo : 1;
        var measure = ctx.IsPairwise
            ? "On pairs whose two outputs differ in length: how often the judge prefers the longer one (a tie counts one half) against how often the humans do on the same pairs; the difference is tested with a paired sign-flip test."
            : "The mean score on the longest quarter of outputs minus the mean on the shortest quarter, for the judge and for the human labels on the same items; the difference is tested with a two-sample permutation test, and Spearman's ρ relates length to judge − human over every item.";
        var lengths = judges[0].LengthBias!.LengthSource == "length" ? "the data's length column" : "characters of the item text";
        var chartScale = ctx.IsPairwise ? string.Empty : " The chart shows the difference as a share of the scale (÷ " + Numbers.Fixed(range, 0) + "), the effect lengthBiasMax is compared with.";
        h.Append($"<p>Does the judge reward length more than the humans do? Lengths are {lengths}. {measure} A positive difference means the judge favours longer outputs more than the humans; it is flagged (JE3003) when significant at 5% and larger than lengthBiasMax {Numbers.Fixed(max)} (the yellow line).{chartScale}</p>");
        var scale = ctx.IsPairwise ? 1 : range;
        var bound = Axis.SymmetricBound(judges.SelectMany(j => new[] { j.LengthBias!.DifferenceCi95.Lower / scale, j.LengthBias.DifferenceCi95.Upper / scale, max }));
        var axis = MiniChart.AxisOf(-bound, bound, 170);
        IReadOnlyList<Reference> references = double.IsFinite(max) ? [Reference.Plain(0), Reference.Warn(max)] : [Reference.Plain(0)];
        var (judgeHead, humanHead) = ctx.IsPairwise ? ("Judge: longer preferred", "Humans: longer preferred") : ("Judge: long − short", "Humans: long − short");
        h.Append($"<div class=\"scroll\"><table class=\"sortable verbosity\"><caption>Verbosity bias by judge</caption><thead><tr><th scope=\"col\">Judge</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">{judgeHead}</th><th scope=\"col\" class=\"num\">{humanHead}</th><th scope=\"col\" class=\"num\">Difference</th><th scope=\"col\" class=\"num\">95% CI</th>");
        h.Append($"<th scope=\"col\" data-nosort=\"\">{MiniChart.AxisHeader(axis, bound / 2, t => Numbers.Fixed(t, 2), "effect axis")}</th><th scope=\"col\" class=\"num\">p</th>{(ctx.IsPairwise ? Markup.Empty : new Markup("<th scope=\"col\" class=\"num\">Spearman ρ</th>"))}</tr></thead><tbody>");
        foreach (var judge in Abridged.Rows(h, judges, ctx.Options.JudgeLimit, "judges", "judges[].lengthBias"))
        {
            var b = judge.LengthBias!;
            var flagged = b.Difference > 0 && b.PValue < 0.05 && b.Effect > max;
            h.Append($"<tr>");
            Cells.JudgeHeader(h, ctx, judge.Id);
            Cells.Num(h, b.N);
            Cells.Num(h, b.JudgeValue, ctx.IsPairwise ? Numbers.Percent(b.JudgeValue) : Numbers.Signed(b.JudgeValue));
            Cells.Num(h, b.HumanValue, ctx.IsPairwise ? Numbers.Percent(b.HumanValue) : Numbers.Signed(b.HumanValue));
            h.Append($"<td class=\"num{(flagged ? " below" : string.Empty)}\" data-v=\"{Numbers.Key(b.Difference)}\"{(flagged ? new Markup(" title=\"flagged: JE3003\"") : Markup.Empty)}>{Numbers.Signed(b.Difference)}{(flagged ? " ▴" : string.Empty)}</td>");
            Cells.Num(h, b.DifferenceCi95.Lower, Numbers.Interval(b.DifferenceCi95));
            var effectCi = new Interval(b.DifferenceCi95.Lower / scale, b.DifferenceCi95.Upper / scale);
            h.Append($"<td class=\"chart\">{MiniChart.Interval(axis, b.Effect, effectCi, bound / 2, references, judge.Id + ": effect " + Numbers.Signed(b.Effect) + ", 95% CI " + Numbers.Interval(effectCi))}</td>");
            Cells.Num(h, b.PValue, Pvalue(b.PValue));
            if (!ctx.IsPairwise)
            {
                Cells.Num(h, b.Spearman, Numbers.Fixed(b.Spearman));
            }

            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div></section>");
    }

    static string Pvalue(double p) => p < 0.001 ? "< 0.001" : Numbers.Fixed(p, 3);
}
