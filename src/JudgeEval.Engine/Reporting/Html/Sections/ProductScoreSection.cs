using JudgeEval.Engine.Results;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>The product's pass rate as each judge or ensemble sees it, raw and corrected for the judge's measured error.</summary>
public static class ProductScoreSection
{
    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var rows = ctx.Results.ProductScore;
        h.Append($"<section id=\"{SectionIds.ProductScore}\" aria-labelledby=\"product-h\"><h2 id=\"product-h\">{SectionIds.TitleOf(SectionIds.ProductScore)}</h2>");
        if (rows.Count == 0)
        {
            h.Append($"<p>No product score: the task has no pass threshold, or no judge could be calibrated.</p></section>");
            return;
        }

        // Columns that are empty for every source (no human labels: no correction; no productScoreMin: no outcome) are left out, and said so.
        var corrected = rows.Any(p => !double.IsNaN(p.Sensitivity) || !double.IsNaN(p.Corrected));
        var outcome = rows.Any(p => p.Outcome is not null);
        var thresholds = ctx.Results.Thresholds;
        var min = thresholds?.Value(ThresholdTable.ProductScoreMin) ?? double.NaN;
        var gate = !double.IsNaN(min) ? " The gate productScoreMin is " + Numbers.Percent(min) + (thresholds!.IsOn(ThresholdTable.GateOnLowerBound) ? ", tested on the interval's lower bound." : ".") : " No productScoreMin is set, so the product is not gated.";
        var correction = corrected
            ? " Corrected: Rogan-Gladen, using the judge's sensitivity and specificity against the human labels."
            : " Without human labels the judges' error cannot be measured, so the rates are not corrected.";
        var counted = rows[0].Producers.Count > 0
            ? " Only the product's own items count: " + Numbers.Count(rows[0].Items) + " items produced by " + string.Join(", ", rows[0].Producers) + " (the sensitivity and specificity are the judge's, measured on every labelled item)."
            : string.Empty;
        h.Append($"<p>Pass rate: the share of items a judge scores at or above the pass threshold ({Numbers.Fixed(ctx.Task.PassThreshold)}).{counted}{correction}{gate}</p>");
        var shown = Abridged.Rows(h, rows, ctx.Options.JudgeLimit, "sources", "productScore");
        h.Append($"<div class=\"scroll\"><table class=\"sortable product\"><caption>Product pass rate by source</caption><thead><tr><th scope=\"col\">Source</th><th scope=\"col\" class=\"num\">Pass rate</th><th scope=\"col\" class=\"num\">95% CI</th>");
        if (corrected)
        {
            h.Append($"<th scope=\"col\" class=\"num\">Sensitivity</th><th scope=\"col\" class=\"num\">Specificity</th><th scope=\"col\" class=\"num\">Corrected</th><th scope=\"col\" class=\"num\">95% CI</th>");
        }

        if (outcome)
        {
            h.Append($"<th scope=\"col\">Outcome</th>");
        }

        h.Append($"</tr></thead><tbody>");
        foreach (var p in shown)
        {
            WriteRow(h, p, corrected, outcome);
        }

        h.Append($"</tbody></table></div></section>");
    }

    static void WriteRow(HtmlBuilder h, ProductScore p, bool corrected, bool outcome)
    {
        h.Append($"<tr><th scope=\"row\">{p.Source}</th>");
        Cells.Num(h, p.PassRate, Numbers.Percent(p.PassRate));
        Cells.Num(h, p.PassRateCi95.Lower, Interval(p.PassRateCi95));
        if (corrected)
        {
            Cells.Num(h, p.Sensitivity, Numbers.Fixed(p.Sensitivity));
            Cells.Num(h, p.Specificity, Numbers.Fixed(p.Specificity));
            Cells.Num(h, p.Corrected, Numbers.Percent(p.Corrected));
            Cells.Num(h, p.CorrectedCi95.Lower, Interval(p.CorrectedCi95));
        }

        if (outcome)
        {
            Cells.Text(h, p.Outcome is { } o ? EnumNames.Of(o) : null);
        }

        h.Append($"</tr>");
    }

    static string Interval(Interval ci) => ci.IsDefined ? "[" + Numbers.Percent(ci.Lower) + ", " + Numbers.Percent(ci.Upper) + "]" : Numbers.Undefined;
}
