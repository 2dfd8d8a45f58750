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

        h.Append($"<p>Pass rate: the share of items a judge scores at or above the pass threshold ({Numbers.Fixed(ctx.Results.Task.PassThreshold)}). Corrected: Rogan-Gladen, using the judge's sensitivity and specificity against the human labels.</p>");
        h.Append($"<div class=\"scroll\"><table class=\"sortable product\"><caption>Product pass rate by source</caption><thead><tr><th scope=\"col\">Source</th><th scope=\"col\" class=\"num\">Pass rate</th><th scope=\"col\" class=\"num\">95% CI</th><th scope=\"col\" class=\"num\">Sensitivity</th><th scope=\"col\" class=\"num\">Specificity</th><th scope=\"col\" class=\"num\">Corrected</th><th scope=\"col\" class=\"num\">95% CI</th><th scope=\"col\">Outcome</th></tr></thead><tbody>");
        foreach (var p in rows)
        {
            h.Append($"<tr><th scope=\"row\">{p.Source}</th>");
            Cells.Num(h, p.PassRate, Numbers.Percent(p.PassRate));
            Cells.Num(h, p.PassRateCi95.ElementAtOrDefault(0), Interval(p.PassRateCi95));
            Cells.Num(h, p.Sensitivity, Numbers.Fixed(p.Sensitivity));
            Cells.Num(h, p.Specificity, Numbers.Fixed(p.Specificity));
            Cells.Num(h, p.Corrected, Numbers.Percent(p.Corrected));
            Cells.Num(h, p.CorrectedCi95.ElementAtOrDefault(0), Interval(p.CorrectedCi95));
            Cells.Text(h, p.Outcome);
            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div></section>");
    }

    static string Interval(double?[] ci) => ci is [{ } lo, { } hi] ? "[" + Numbers.Percent(lo) + ", " + Numbers.Percent(hi) + "]" : Numbers.Undefined;
}
