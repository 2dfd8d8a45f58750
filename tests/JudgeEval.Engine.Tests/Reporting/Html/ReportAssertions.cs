using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Tests.Reporting.Html;

static partial class ReportAssertions
{
    public static int Count(string html, string fragment) => Regex.Count(html, Regex.Escape(fragment));

    /// <summary>One section's markup, from its opening tag to its closing tag (sections do not nest).</summary>
    public static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no section " + id);
        return html[start..(html.IndexOf("</section>", start, StringComparison.Ordinal) + "</section>".Length)];
    }

    /// <summary>The number of heatmap cells: elements carrying data-kappa-cell.</summary>
    public static int KappaCells(string html) => Regex.Count(html, "<td[^>]*\\sdata-kappa-cell=");

    [GeneratedRegex("<tr[^>]*>\\s*<th scope=\"row\" class=\"famrow[^\"]*\">([^<]*)</th>")]
    public static partial Regex HeatmapRowHeader();
}
