using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Html.Charts;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>
/// Self-consistency in the judges section, present when any judge has repeated samples: a Self-α column in the judges
/// table, and below it a small chart of each judge's alpha across its own samples with selfConsistencyMin as the line.
/// </summary>
public static class ConsistencyColumn
{
    static readonly Axis Axis = MiniChart.AxisOf(0, 1, 200);

    public static bool Shown(ReportContext ctx) => ctx.Results.Judges.Exists(j => j.Consistency is not null);

    /// <summary>The judges table's kappa forest plot gives up this much width to the column, so the table still fits 1280 px.</summary>
    public static int KappaChartWidth(ReportContext ctx, int width) => Shown(ctx) ? width - 60 : width;

    public static void Header(HtmlBuilder h, ReportContext ctx)
    {
        if (Shown(ctx))
        {
            h.Append($"<th scope=\"col\" class=\"num\" title=\"Krippendorff's alpha across the judge's repeated samples\">Self-α</th>");
        }
    }

    public static void Cell(HtmlBuilder h, ReportContext ctx, JudgeResult judge)
    {
        if (!Shown(ctx))
        {
            return;
        }

        if (judge.Consistency is not { } c)
        {
            h.Append($"<td class=\"num\" data-v=\"\" title=\"one sample per item\">{Numbers.Undefined}</td>");
            return;
        }

        var below = c.Alpha < Min(ctx);
        h.Append($"<td class=\"num self{(below ? " below" : string.Empty)}\" data-v=\"{Numbers.Key(c.Alpha)}\" title=\"{Describe(ctx, c)}\">{Numbers.Fixed(c.Alpha)}{(below ? " ▾" : string.Empty)}</td>");
    }

    /// <summary>One sentence for the table's introduction.</summary>
    public static string Note(ReportContext ctx) => !Shown(ctx) ? string.Empty
        : " Self-α is Krippendorff's alpha across each judge's repeated samples of the same items (▾ below selfConsistencyMin " + Numbers.Fixed(Min(ctx)) + "; chart below the table); with repeats, the graded verdict is the samples' " + EnumNames.Of(ctx.Task.SampleVerdict) + ".";

    /// <summary>The small chart: per judge, alpha across its samples as a bar, the flip rate and what was measured.</summary>
    public static void Chart(HtmlBuilder h, ReportContext ctx)
    {
        var judges = ctx.Results.Judges.Where(j => j.Consistency is not null).ToList();
        if (judges.Count == 0)
        {
            return;
        }

        var min = Min(ctx);
        IReadOnlyList<Reference> gate = double.IsFinite(min) ? [Reference.Fail(min)] : [];
        h.Append($"<h3>Self-consistency</h3><p>Each judge graded the same items several times. α: Krippendorff's alpha ({EnumNames.Of(judges[0].Consistency!.AlphaLevel)}) with the samples as raters; the orange line is selfConsistencyMin {Numbers.Fixed(min)}, below which the judge's calibration is not trustworthy. Flip rate: the share of items whose samples do not all agree. Mean κ: Cohen's kappa between two samples, averaged over every pair of samples.</p>");
        h.Append($"<div class=\"scroll\"><table class=\"sortable consistency\"><caption>Self-consistency across repeated samples</caption><thead><tr><th scope=\"col\">Judge</th><th scope=\"col\" class=\"num\">Items</th><th scope=\"col\" class=\"num\">Samples</th><th scope=\"col\" class=\"num\">α</th>");
        h.Append($"<th scope=\"col\" data-nosort=\"\">{MiniChart.AxisHeader(Axis, 0.25, t => Numbers.Fixed(t, 2), "alpha axis")}</th><th scope=\"col\" class=\"num\">Flip rate</th><th scope=\"col\" class=\"num\">Mean κ</th></tr></thead><tbody>");
        foreach (var judge in Abridged.Rows(h, judges, ctx.Options.JudgeLimit, "judges", "judges[].consistency"))
        {
            var c = judge.Consistency!;
            h.Append($"<tr>");
            Cells.JudgeHeader(h, ctx, judge.Id);
            Cells.Num(h, c.Items);
            Cells.Num(h, c.Samples, Numbers.Fixed(c.Samples, 1));
            Cells.Num(h, c.Alpha, Numbers.Fixed(c.Alpha));
            h.Append($"<td class=\"chart\">{MiniChart.Bar(Axis, c.Alpha, 0.25, gate, judge.Id + ": " + Describe(ctx, c))}</td>");
            Cells.Num(h, c.FlipRate, Numbers.Percent(c.FlipRate));
            Cells.Num(h, c.MeanPairwiseKappa, Numbers.Fixed(c.MeanPairwiseKappa));
            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div>");
    }

    static string Describe(ReportContext ctx, SelfConsistency c)
    {
        var min = Min(ctx);
        return "α " + Numbers.Fixed(c.Alpha) + " over " + Numbers.Count(c.Items) + " items, " + Numbers.Fixed(c.Samples, 1) + " samples each; flip rate " + Numbers.Percent(c.FlipRate) + (c.Alpha < min ? ", below selfConsistencyMin " + Numbers.Fixed(min) : string.Empty);
    }

    static double Min(ReportContext ctx) => ctx.Results.Thresholds?.Value(ThresholdTable.SelfConsistencyMin) ?? double.NaN;
}
