using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Tests.Docs;

/// <summary>
/// Every sample output in README.md and docs/*.md is marked as checked, and every mark names a check that exists:
/// the tests listed in <see cref="DocumentedOutput.Checks"/> compare the marked blocks with real output.
/// </summary>
public sealed partial class DocumentedOutputTests
{
    static IEnumerable<string> Pages() =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "docs"), "*.md").Append(Path.Combine(RepoRoot.Path, "README.md"));

    [Fact]
    public void Every_block_of_sample_output_is_marked_as_checked()
    {
        var unmarked = new List<string>();
        foreach (var page in Pages())
        {
            var text = File.ReadAllText(page).ReplaceLineEndings("\n");
            foreach (Match block in FencedBlock().Matches(text))
            {
                var before = text[..block.Index].TrimEnd();
                if (OutputLine().IsMatch(block.Groups["body"].Value) && !before.EndsWith("-->", StringComparison.Ordinal))
                {
                    unmarked.Add($"{Path.GetRelativePath(RepoRoot.Path, page)}: {block.Groups["body"].Value.Trim().Split('\n')[0]}");
                }
            }
        }

        Assert.True(unmarked.Count == 0, "sample output without a <!-- checked: NAME --> mark:\n" + string.Join('\n', unmarked));
    }

    [Fact]
    public void Every_mark_names_a_check_and_every_check_is_used()
    {
        var used = Pages().SelectMany(p => DocumentedOutput.Markers(File.ReadAllText(p))).ToList();

        Assert.All(used, name => Assert.True(DocumentedOutput.Checks.ContainsKey(name), $"no test checks '{name}'"));
        Assert.All(DocumentedOutput.Checks.Keys, name => Assert.Contains(name, used));
    }

    [GeneratedRegex(@"^[ ]*```[a-z]*\n(?<body>.*?)\n[ ]*```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"(: (warning|error|info) JE\d{4}: )|(^\s*judgeeval: )|(JudgeEval report: )", RegexOptions.Multiline)]
    private static partial Regex OutputLine();
}
