using JudgeEval.Engine.Diagnostics;
namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>Every finding of the run, errors first, with its location in the manifest and the section that explains it.</summary>
public static class FindingsSection
{
    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var all = ctx.Results.Findings;
        h.Append($"<section id=\"{SectionIds.Findings}\" aria-labelledby=\"findings-h\"><h2 id=\"findings-h\">{SectionIds.TitleOf(SectionIds.Findings)}</h2>");
        if (all.Count == 0)
        {
            h.Append($"<p>No findings.</p></section>");
            return;
        }

        var limit = Math.Max(0, ctx.Options.FindingLimit);
        var shown = all.OrderBy(f => Rank(f.Severity)).Take(limit).ToList();
        if (shown.Count < all.Count)
        {
            h.Append($"<p class=\"count\" data-shown=\"{shown.Count}\" data-total=\"{all.Count}\">Showing {Numbers.Count(shown.Count)} of {Numbers.Count(all.Count)} findings, errors first; the build log and judgeeval.sarif have them all.</p>");
        }

        h.Append($"<div class=\"scroll\"><table class=\"sortable findings\"><caption>Findings ({Numbers.Count(all.Count)})</caption><thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Code</th><th scope=\"col\">Message</th><th scope=\"col\">Location</th><th scope=\"col\">Section</th></tr></thead><tbody>");
        foreach (var f in shown)
        {
            h.Append($"<tr><td data-v=\"{Rank(f.Severity)}\">{FindingLine.Severity(f)}</td><td>{FindingLine.Code(f)}</td><td>{f.Message}</td><td>{FindingLine.Location(f, ctx.Options)}</td><td>{FindingLine.SectionLink(f)}</td></tr>");
        }

        h.Append($"</tbody></table></div></section>");
    }

    /// <summary>Errors first.</summary>
    static int Rank(Severity severity) => Severity.Error - severity;
}
