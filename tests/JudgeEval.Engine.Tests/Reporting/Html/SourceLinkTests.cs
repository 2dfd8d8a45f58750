using JudgeEval.Engine.Reporting.Html;

namespace JudgeEval.Engine.Tests.Reporting.Html;

public class SourceLinkTests
{
    static readonly HtmlReportOptions Options = new() { BaseDirectory = "/work/repo", SourceRoot = "/work/repo" };

    [Fact]
    public void Relative_paths_resolve_against_the_base_directory_and_are_percent_encoded() =>
        Assert.Equal("vscode://file/work/repo/my%20evals/judge%22eval.yaml:12:3", SourceLinks.EditorUri("my evals/judge\"eval.yaml", 12, 3, Options));

    [Fact]
    public void Windows_paths_keep_their_drive_letter()
    {
        // Path.IsPathFullyQualified accepts C:\ only on Windows; elsewhere the path is relative to the base, its backslashes read as separators.
        var uri = SourceLinks.EditorUri(@"C:\src\judgeeval.yaml", 1, null, new HtmlReportOptions { BaseDirectory = OperatingSystem.IsWindows() ? @"C:\" : "/b" });
        Assert.Equal(OperatingSystem.IsWindows() ? "vscode://file/C:/src/judgeeval.yaml:1" : "vscode://file/b/C:/src/judgeeval.yaml:1", uri);
    }

    [Fact]
    public void Without_a_base_a_relative_path_gets_no_link() =>
        Assert.Null(SourceLinks.EditorUri("judgeeval.yaml", 1, 1, new HtmlReportOptions()));

    [Fact]
    public void Display_is_msbuild_style_and_relative_to_the_source_root()
    {
        Assert.Equal("samples/a/judgeeval.yaml(3,7)", SourceLinks.Display("/work/repo/samples/a/judgeeval.yaml", 3, 7, Options));
        Assert.Equal("/elsewhere/x.yaml(3)", SourceLinks.Display("/elsewhere/x.yaml", 3, null, Options));
    }

    [Theory]
    [InlineData("https://example.org/docs/JE0001.md", "https://example.org/docs/JE0001.md")]
    [InlineData("file:///opt/judgeeval/docs/diagnostics/JE0001.md", "file:///opt/judgeeval/docs/diagnostics/JE0001.md")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("JAVASCRIPT:alert(1)", null)]
    [InlineData("data:text/html,<script>alert(1)</script>", null)]
    [InlineData("vbscript:msgbox", null)]
    [InlineData("not a uri", null)]
    [InlineData(null, null)]
    public void Help_links_must_be_web_addresses(string? uri, string? expected) =>
        Assert.Equal(expected, SourceLinks.SafeWebUri(uri));

    [Fact]
    public void The_manifest_path_sets_the_default_source_root()
    {
        var resolved = new HtmlReportOptions { ManifestPath = "/work/repo/samples/a/judgeeval.yaml", BaseDirectory = "/w" }.Resolved();

        Assert.Equal(("/work/repo/samples/a", "/w"), (resolved.SourceRoot, resolved.BaseDirectory));
        Assert.Equal("judgeeval.yaml(4,2)", SourceLinks.Display("/work/repo/samples/a/judgeeval.yaml", 4, 2, resolved));
    }
}
