using System.Text.RegularExpressions;
using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.TestSupport;

namespace JudgeEval.Engine.Tests.Docs;

/// <summary>
/// The section "When the build fails because nothing could be measured" is the same in the README and docs/msbuild.md,
/// names only real codes, and its sample output is what `judgeeval run` prints for the README's own manifest.
/// </summary>
public sealed partial class FailClosedDocsTests : IDisposable
{
    const string Heading = "## When the build fails because nothing could be measured";

    readonly string dir = Directory.CreateTempSubdirectory("judgeeval-docs-").FullName;

    static string Readme => File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md"));

    static string Section(string text)
    {
        var start = text.IndexOf(Heading, StringComparison.Ordinal);
        Assert.True(start >= 0, "missing: " + Heading);
        var end = text.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }

    static string Rules(string section) => section[..section.IndexOf("\n```", StringComparison.Ordinal)];

    [Fact]
    public void The_readme_and_the_msbuild_docs_state_the_same_rules_with_real_codes()
    {
        var readme = Section(Readme);
        var msbuild = Section(File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "msbuild.md")));

        Assert.Equal(Rules(readme).Split("\n\n")[..^2], Rules(msbuild).Split("\n\n")[..^2]);
        Assert.All(Code().Matches(readme).Select(m => m.Value), code => Assert.NotNull(DiagnosticCatalog.Find(code)));
    }

    [Fact]
    public void The_sample_output_is_real()
    {
        var section = Section(Readme);
        var shown = section[(section.IndexOf("```\n$ ", StringComparison.Ordinal) + 4)..];
        shown = shown[..shown.IndexOf("```", StringComparison.Ordinal)];
        var lines = shown.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // The README's smallest manifest, with the judge the section names.
        var readme = Readme;
        var yamlStart = readme.IndexOf("```yaml\n   version: 1", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = string.Join('\n', readme[yamlStart..readme.IndexOf("```", yamlStart, StringComparison.Ordinal)].Split('\n').Select(l => l.Length >= 3 ? l[3..] : l));
        yaml = yaml.Replace("id: mini", "id: haiku", StringComparison.Ordinal).Replace("model: gpt-4o-mini", "model: claude-3-5-haiku", StringComparison.Ordinal).Replace("eval/mini.jsonl", "eval/haiku.jsonl", StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(dir, "eval"));
        File.WriteAllText(Path.Combine(dir, "judgeeval.yaml"), yaml);
        WriteData(40);

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var words = lines[0].Split(' ')[3..];
        var exit = CommandLine.Run([.. words.Select(w => w.Contains('.', StringComparison.Ordinal) || w.Contains('/', StringComparison.Ordinal) ? Path.Combine(dir, w) : w)], stdout, stderr);

        var printed = (stdout.ToString() + stderr).Replace(dir + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines[1..^1])
        {
            Assert.Contains(line, printed);
        }

        Assert.Equal($"exit code {exit}", lines[^1]);
    }

    void WriteData(int n)
    {
        string Rows(Func<int, string> row) => string.Concat(Enumerable.Range(0, n).Select(i => row(i) + "\n"));
        File.WriteAllText(Path.Combine(dir, "eval", "items.jsonl"), Rows(i => $$"""{"id":"q{{i / 10}}/d{{i}}","queryId":"q{{i / 10}}","query":"question","text":"passage {{i}}"}"""));
        File.WriteAllText(Path.Combine(dir, "eval", "labels.jsonl"), Rows(i => $$"""{"id":"q{{i / 10}}/d{{i}}","label":{{i % 4}}}"""));
        File.WriteAllText(Path.Combine(dir, "eval", "haiku.jsonl"), Rows(i => $$"""{"id":"q{{i / 10}}/d{{i}}","grade":{{i % 4}}}"""));
    }

    [GeneratedRegex(@"\bJE\d{4}\b")]
    private static partial Regex Code();

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
