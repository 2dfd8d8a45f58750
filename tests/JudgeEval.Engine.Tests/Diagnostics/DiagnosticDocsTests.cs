using System.Text.RegularExpressions;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Diagnostics;

/// <summary>Every code has a unique id, a docs page and a catalog row; JUDGEEVAL_UPDATE_DOCS=1 rewrites them.</summary>
public class DiagnosticDocsTests
{
    static readonly string DocsDir = Path.Combine(RepoRoot.Path, "docs", "diagnostics");

    static bool Update => Environment.GetEnvironmentVariable("JUDGEEVAL_UPDATE_DOCS") == "1";

    [Fact]
    public void Codes_are_well_formed_and_complete()
    {
        Assert.All(DiagnosticCatalog.All, d =>
        {
            Assert.Matches(new Regex("^JE[0-9]{4}$"), d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.Title + d.Description + d.Fix));
        });
        Assert.Contains(DiagnosticCatalog.All, d => d.Code == "JE0070");
    }

    [Fact]
    public void Every_code_has_its_current_docs_page()
    {
        foreach (var d in DiagnosticCatalog.All)
        {
            Check(Path.Combine(DocsDir, d.Code + ".md"), DiagnosticDocs.Page(d));
        }

        Check(Path.Combine(DocsDir, "README.md"), DiagnosticDocs.Index(DiagnosticCatalog.All));
    }

    [Fact]
    public void Each_page_says_what_can_change_its_severity_and_never_that_NoWarn_silences_an_error()
    {
        foreach (var d in DiagnosticCatalog.All)
        {
            var page = DiagnosticDocs.Page(d);
            Assert.Contains($"Default severity: **{JudgeEval.Engine.Results.EnumNames.Of(d.DefaultSeverity)}**", page, StringComparison.Ordinal);
            if (d.DefaultSeverity == Severity.Error)
            {
                Assert.DoesNotContain("silences it", page, StringComparison.Ordinal);
                Assert.Contains("nothing in MSBuild changes that", page, StringComparison.Ordinal);
            }
        }

        var je1001 = DiagnosticDocs.Page(DiagnosticCatalog.Find("JE1001")!);
        Assert.Contains("The engine changes it: an error when `product.purpose` is `safety`", je1001, StringComparison.Ordinal);
        Assert.Contains("Where the engine reports it as an error, `NoWarn` does not silence it.", je1001, StringComparison.Ordinal);
    }

    static void Check(string path, string expected)
    {
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with JUDGEEVAL_UPDATE_DOCS=1.");
        Assert.Equal(expected, File.ReadAllText(path));
    }
}
