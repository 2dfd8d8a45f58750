using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Diagnostics;

/// <summary>Every default help link (MSBuild, SARIF helpUri, results.json, the report) opens a page that exists.</summary>
public sealed class HelpLinkTests
{
    [Fact]
    public void Every_default_help_link_resolves_to_a_file_beside_the_engine()
    {
        var missing = DiagnosticCatalog.All
            .Select(d => new Uri(DiagnosticCatalog.HelpUri(RunArguments.DefaultHelpBase, d.Code)))
            .Where(uri => !uri.IsFile || !File.Exists(uri.LocalPath))
            .Select(uri => uri.AbsoluteUri)
            .ToList();

        Assert.True(missing.Count == 0, "no page for: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_shipped_pages_are_the_repository_docs()
    {
        var shipped = new Uri(DiagnosticCatalog.HelpUri(RunArguments.DefaultHelpBase, "JE1001")).LocalPath;

        Assert.Equal(File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "diagnostics", "JE1001.md")), File.ReadAllText(shipped));
    }

    [Fact]
    public void A_run_writes_the_default_links_into_its_findings()
    {
        var args = RunArguments.Parse(["judgeeval.yaml"]).Arguments!;

        Assert.Equal(RunArguments.DefaultHelpBase, args.HelpBase);
        Assert.StartsWith("file:///", args.HelpBase, StringComparison.Ordinal);
    }
}
