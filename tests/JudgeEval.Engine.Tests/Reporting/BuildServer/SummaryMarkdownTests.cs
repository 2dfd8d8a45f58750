using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting.BuildServer;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Tests.Audit;
using JudgeEval.Engine.Tests.Reporting.Html;
using JudgeEval.Engine.Workspace;
using Markdig;

namespace JudgeEval.Engine.Tests.Reporting.BuildServer;

/// <summary>
/// The job summary rendered by a CommonMark processor with GitHub's extensions (Markdig): hostile judge ids, models and
/// messages come out as text, never as an element, a link, a table cell break or a heading.
/// </summary>
public class SummaryMarkdownTests
{
    static readonly string Root = Path.Combine(Path.GetTempPath(), "repo");

    static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    static readonly string[] Payloads =
    [
        .. HostileFixture.Payloads,
        "a | b | c", "**bold** _em_ `code` ~~s~~", "[link](https://evil.example) ![img](https://evil.example/x.png)",
        "@octo/team #123 $x^2$ www.evil.example", "# heading", "- item", "1. first", "line\nbreak", "&lt;entity&gt; &#60;b&#62;", "\\",
    ];

    static CiSummary Summary()
    {
        var judges = Payloads.Select((p, i) => InCodeAudit.Judge(p, 10, 10, model: p + "-model")).ToList();
        var manifest = InCodeAudit.Manifest(judges);
        var results = InCodeAudit.Results(judges) with
        {
            Manifest = new ManifestInfo("judgeeval.yaml", HostileFixture.Script, null, null, Engine.Manifest.EvalPurpose.Quality),
            Verdict = new RunVerdict(VerdictOutcome.Fail, 1, 1, ["JE2002"]),
        };
        List<Diagnostic> diagnostics = [.. manifest.Judges.Select((j, i) => new Diagnostic(i % 2 == 0 ? "JE2002" : "JE2001", i % 2 == 0 ? Severity.Error : Severity.Warning, "Judge '" + j.Id + "' " + Payloads[i], j.At with { File = Path.Combine(Root, Payloads[i % 3], "judgeeval.yaml") }))];
        return new CiSummary
        {
            Results = results,
            Diagnostics = diagnostics,
            JudgeLocations = manifest.Judges.ToDictionary(j => j.Id, j => j.At with { File = Path.Combine(Root, Payloads[manifest.Judges.ToList().IndexOf(j) % 3], "judgeeval.yaml") }),
            Repository = new RepositoryContext(Root, null),
            ManifestPath = Path.Combine(Root, "judgeeval.yaml"),
            ReportPath = Path.Combine(Root, "obj", "judgeeval", "report.html"),
            SarifPath = Path.Combine(Root, "obj", "judgeeval", "judgeeval.sarif"),
            RunUrl = "https://github.com/octo/evals/actions/runs/1",
        };
    }

    /// <summary>The table's column alignment is the only attribute the summary itself asks for; it is taken out before scanning.</summary>
    static readonly string Html = System.Text.RegularExpressions.Regex.Replace(
        Markdown.ToHtml(CiSummaryMarkdown.Render(Summary()), Gfm), " style=\"text-align: (left|right);\"", string.Empty);

    static readonly MarkupScanner.Result Scanned = MarkupScanner.Scan(Html);

    [Fact]
    public void Hostile_text_adds_no_element_and_the_only_link_is_the_run_page()
    {
        string[] allowed = ["h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td", "details", "summary", "ul", "li", "strong", "a"];
        Assert.Empty(Scanned.Tags.Select(t => t.Name).Where(n => !allowed.Contains(n)).Distinct());
        Assert.Equal(["https://github.com/octo/evals/actions/runs/1"], Scanned.Tags.SelectMany(t => t.Attributes.Where(a => a.Name == "href").Select(a => a.Value)));
        Assert.Equal(1, Scanned.Tags.Count(t => t.Name == "h2" && !t.Closing));
        Assert.Equal(1, Scanned.Tags.Count(t => t.Name == "h3" && !t.Closing));
        Assert.DoesNotContain(Scanned.Tags.SelectMany(t => t.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name is "style" or "src");
    }

    [Fact]
    public void The_judges_table_keeps_one_row_of_seven_cells_per_judge_with_the_id_as_text()
    {
        var table = Html[Html.IndexOf("<tbody>", StringComparison.Ordinal)..Html.IndexOf("</tbody>", StringComparison.Ordinal)];
        var rows = table.Split("<tr>", StringSplitOptions.RemoveEmptyEntries).Where(r => r.Contains("<td", StringComparison.Ordinal)).ToList();

        Assert.Equal(Payloads.Length, rows.Count);
        Assert.All(rows, r => Assert.Equal(7, ReportAssertions.Count(r, "<td")));
        Assert.Contains("<td>a | b | c</td>", table, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;script&gt;document.title='PWNED';window.__pwned=1&lt;/script&gt;</td>", table, StringComparison.Ordinal);
        Assert.Contains("<td>**bold** _em_ `code` ~~s~~</td>", table, StringComparison.Ordinal);
        Assert.Contains("<td>line\\u000Abreak</td>", table, StringComparison.Ordinal);
        Assert.Contains("❌ JE2002", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_are_grouped_by_code_errors_first_and_open()
    {
        var errors = Html.IndexOf("<details open><summary>❌ JE2002", StringComparison.Ordinal);
        var warnings = Html.IndexOf("<details><summary>⚠️ JE2001", StringComparison.Ordinal);

        Assert.True(errors >= 0 && warnings > errors, Html);
        Assert.Contains("(" + ((Payloads.Length + 1) / 2) + ")</summary>", Html, StringComparison.Ordinal);
        Assert.Contains(":17: Judge 'a | b | c' a | b | c</li>", Html, StringComparison.Ordinal);
    }
}
