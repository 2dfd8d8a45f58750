using System.Globalization;
using System.Text.RegularExpressions;
using JudgeEval.Engine.Cli;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>`judgeeval cache key` names the segment file and line a live run cached the request's answer in, and sends nothing.</summary>
public sealed class CacheKeyCommandTests : IDisposable
{
    readonly LiveEvalFolder folder = new();

    [Fact]
    public void Prints_the_canonical_json_hash_and_the_file_the_run_wrote()
    {
        using var server = FakeOpenAiServer.Start(LiveEvalFolder.Answer);
        folder.WriteManifests(server.BaseUrl);
        var outDir = folder.Out("out");
        LiveEvalFolder.Run(folder.LiveManifest, outDir, "--online");
        var calls = server.Count;

        var (exit, stdout, stderr) = Cli("cache", "key", folder.LiveManifest, "--judge", "gpt", "--item", "q5/d5", "--out", outDir);

        Assert.True(exit == 0, stderr);
        Assert.Equal(calls, server.Count);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("{", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"model\":\"openai/gpt-4o\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("grade=", lines[0], StringComparison.Ordinal);
        var hash = lines.Single(l => l.StartsWith("hash", StringComparison.Ordinal))[4..].Trim();
        Assert.Matches("^[0-9a-f]{64}$", hash);
        var file = lines.Single(l => l.StartsWith("file", StringComparison.Ordinal));
        Assert.EndsWith("(cached)", file, StringComparison.Ordinal);
        var at = Regex.Match(file, @"^file  (?<path>.+\.jsonl) line (?<line>\d+) \(cached\)$");
        Assert.True(at.Success, file);
        Assert.StartsWith(Path.Combine(outDir, "cache", "segments"), at.Groups["path"].Value, StringComparison.Ordinal);
        var record = File.ReadAllLines(at.Groups["path"].Value)[int.Parse(at.Groups["line"].Value, CultureInfo.InvariantCulture) - 1];
        Assert.StartsWith($"{{\"key\":\"{hash}\"", record, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--judge", "nobody", "--item", "q5/d5", "not a live judge")]
    [InlineData("--judge", "gpt", "--item", "q99/d99", "no item has the id")]
    [InlineData("--judge", "gpt", "--sample", "x", "--sample expects")]
    public void Bad_requests_are_located_errors(string o1, string v1, string o2, string v2, string expected)
    {
        folder.WriteManifests("http://127.0.0.1:9/v1");

        var (exit, _, stderr) = Cli("cache", "key", folder.LiveManifest, o1, v1, o2, v2);

        Assert.Equal(CommandLine.UnusableInput, exit);
        Assert.Contains("JE0090", stderr, StringComparison.Ordinal);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_key_carries_no_user_info_or_query_of_the_base_url()
    {
        folder.WriteManifests("http://judge-user@127.0.0.1:9/v1?deployment=east");

        var (exit, stdout, stderr) = Cli("cache", "key", folder.LiveManifest, "--judge", "gpt", "--item", "q5/d5");

        Assert.True(exit == 0, stderr);
        Assert.Contains("\"baseUrl\":\"http://127.0.0.1:9/v1\"", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("judge-user", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("east", stdout + stderr, StringComparison.Ordinal);
    }

    static (int Exit, string Stdout, string Stderr) Cli(params string[] args) => LiveEvalFolder.Cli(args);

    public void Dispose() => folder.Dispose();
}
