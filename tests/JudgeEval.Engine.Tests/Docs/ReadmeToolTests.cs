using JudgeEval.Engine.Cli;

namespace JudgeEval.Engine.Tests.Docs;

/// <summary>The README's dotnet-tool command lines, run on the README's manifest with its live judge appended.</summary>
public sealed class ReadmeToolTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("judgeeval-readme-").FullName;

    [Fact]
    public void Each_documented_command_runs_on_the_documented_manifest()
    {
        var live = string.Join('\n', DocumentedOutput.Block("README.md", "readme-live-judge"));
        ReadmeEval.WriteTo(dir, ReadmeEval.Manifest + live + "\n");
        var commands = DocumentedOutput.Block("README.md", "readme-tool")
            .Where(l => l.StartsWith("dotnet judgeeval ", StringComparison.Ordinal))
            // `label` serves a page until Ctrl+C; the Labelling tests run it against a browser.
            .Where(l => !l.StartsWith("dotnet judgeeval label ", StringComparison.Ordinal))
            .Select(l => InFolder(l["dotnet judgeeval ".Length..].Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
        Assert.Equal(5, commands.Count);

        foreach (var words in commands)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = CommandLine.Run(words, stdout, stderr);
            var shown = $"judgeeval {string.Join(' ', words)}: exit {exit}\n{stdout}{stderr}";

            // The README's eval fails on purpose (JE1001): a finding, not unusable input; every other command succeeds.
            var expected = words is ["run", not "--help", ..] ? CommandLine.FindingsFailed : CommandLine.Clean;
            Assert.True(exit == expected, shown);
            if (words[0] == "cache")
            {
                Assert.Contains("hash  ", stdout.ToString(), StringComparison.Ordinal);
                Assert.Contains("\"model\":\"anthropic/claude-3.5-haiku\"", stdout.ToString(), StringComparison.Ordinal);
            }
        }
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>The command as run in the manifest's folder: its relative paths made absolute (the test host's folder is shared).</summary>
    string[] InFolder(string[] words) =>
        [.. words.Select((w, i) => w == "judgeeval.yaml" || (i > 0 && words[i - 1] == "--out") ? Path.Combine(dir, w) : w)];
}
