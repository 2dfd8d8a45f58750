using System.Text.RegularExpressions;

namespace JudgeEval.TestSupport;

/// <summary>
/// Sample output in README.md and docs/*.md is real output: each such fenced block follows a marker
/// <c>&lt;!-- checked: NAME --&gt;</c>, and the test that produces that output compares the block with what it printed.
/// Lines compare from the manifest's file name on (the folder differs per machine), without MSBuild's " [project]"
/// suffix, and a report path from its obj/judgeeval/ on.
/// </summary>
public static partial class DocumentedOutput
{
    /// <summary>Every checked block, and the test that checks it (an assertion in that test fails if the block drifts).</summary>
    public static IReadOnlyDictionary<string, string> Checks { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["readme-manifest"] = "EndToEnd DocumentedOutputTests: the manifest the first build uses",
        ["readme-first-build"] = "EndToEnd DocumentedOutputTests: a consumer built with the README's manifest",
        ["msbuild-first-build"] = "EndToEnd DocumentedOutputTests: the same build, as docs/msbuild.md shows it",
        ["readme-within-corpus"] = "EndToEnd DocumentedOutputTests: samples/WithinCorpus built as a consumer",
        ["readme-live-judge"] = "Engine CacheKeyReadmeTests: the live judge added to the README's manifest",
        ["readme-tool"] = "Engine ReadmeToolTests: the tool's command lines on the README's manifest",
        ["readme-fail-closed"] = "Engine FailClosedDocsTests: `judgeeval run` on the README's manifest with a judge that measured nothing",
        ["msbuild-fail-closed"] = "Engine FailClosedDocsTests: the same section in docs/msbuild.md",
        ["readme-template"] = "EndToEnd TemplateTests: the first build of a project made by `dotnet new judgeeval`",
    };

    /// <summary>The lines of the fenced block after the marker of <paramref name="name"/> in a file of the repository, unindented.</summary>
    public static IReadOnlyList<string> Block(string relativePath, string name)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot.Path, relativePath)).ReplaceLineEndings("\n");
        var marker = text.IndexOf($"<!-- checked: {name} -->", StringComparison.Ordinal);
        if (marker < 0)
        {
            throw new InvalidOperationException($"{relativePath} has no block marked '{name}'.");
        }

        var fence = Fence().Match(text, marker);
        var indent = fence.Groups["indent"].Value.Length;
        return [.. fence.Groups["body"].Value.Split('\n').Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())];
    }

    /// <summary>Every marker name used in a file.</summary>
    public static IEnumerable<string> Markers(string text) => Marker().Matches(text).Select(m => m.Groups["name"].Value);

    /// <summary>The documented lines that are not lines of <paramref name="output"/>, both normalised.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> documented, string output)
    {
        var actual = output.ReplaceLineEndings("\n").Split('\n').Select(Normalise).ToHashSet(StringComparer.Ordinal);
        return [.. documented.Where(l => l.Trim().Length > 0).Where(l => !actual.Contains(Normalise(l)))];
    }

    static string Normalise(string line)
    {
        var text = ProjectSuffix().Replace(line.Trim(), string.Empty);
        var file = text.IndexOf("judgeeval.yaml(", StringComparison.Ordinal);
        text = file > 0 ? text[file..] : text;
        return ReportPath().Replace(text, "JudgeEval report: $1");
    }

    [GeneratedRegex(@"\G[^`]*?\n(?<indent>[ ]*)```[a-z]*\n(?<body>.*?)\n[ ]*```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"<!-- checked: (?<name>[a-z0-9-]+) -->")]
    private static partial Regex Marker();

    [GeneratedRegex(@" \[[^\]]*\.csproj\]$")]
    private static partial Regex ProjectSuffix();

    [GeneratedRegex(@"JudgeEval report: .*?(obj/judgeeval/report\.html)$")]
    private static partial Regex ReportPath();
}
