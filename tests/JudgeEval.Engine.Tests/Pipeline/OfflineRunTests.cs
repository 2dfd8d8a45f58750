using JudgeEval.Engine.Results;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>Offline with an empty cache: no call is made, every verdict is missing and reported, and the run cannot pass.</summary>
public sealed class OfflineRunTests : IDisposable
{
    readonly LiveEvalFolder folder = new();

    [Fact]
    public void Offline_with_an_empty_cache_calls_nothing_and_never_passes()
    {
        using var server = FakeOpenAiServer.Start(LiveEvalFolder.Answer);
        folder.WriteManifests(server.BaseUrl);

        var run = LiveEvalFolder.Run(folder.LiveManifest, folder.Out("out"), "--offline");

        Assert.True(run.Results is not null, run.Stdout + run.Stderr);
        Assert.Equal(0, server.Count);
        Assert.Equal((80, 0, 0, 80, true, false), (run.Results.Live!.Requests, run.Results.Live.Calls, run.Results.Live.CacheHits, run.Results.Live.Missing, run.Results.Live.Offline, run.Results.Live.Complete));
        Assert.All(run.Results.Judges, j => Assert.Equal((40, 0), (j.Items, j.Valid)));
        Assert.All(run.Results.Judges, j => Assert.NotEqual(1d, j.Coverage));
        Assert.Equal(2, run.Results.Findings.Count(f => f.Code == "JE9021"));
        // No judge got a single verdict: nothing was measured, so each is an error (JE5003) and the run fails.
        Assert.Equal(VerdictOutcome.Fail, run.Results.Verdict.Outcome);
        Assert.Equal(["JE5003"], run.Results.Verdict.DecidedBy);
        Assert.Equal(1, run.Exit);
    }

    [Fact]
    public void An_incomplete_run_lists_an_input_that_never_exists_so_the_next_build_judges_again()
    {
        using var server = FakeOpenAiServer.Start(LiveEvalFolder.Answer);
        folder.WriteManifests(server.BaseUrl);
        var offlineOut = folder.Out("offline");
        var onlineOut = folder.Out("online");

        LiveEvalFolder.Run(folder.LiveManifest, offlineOut, "--offline", "--inputs", Path.Combine(offlineOut, "inputs.txt"));
        LiveEvalFolder.Run(folder.LiveManifest, onlineOut, "--online", "--inputs", Path.Combine(onlineOut, "inputs.txt"));

        var pending = File.ReadAllLines(Path.Combine(offlineOut, "inputs.txt")).Where(l => l.EndsWith(".pending", StringComparison.Ordinal)).ToList();
        Assert.False(File.Exists(Assert.Single(pending)));
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(onlineOut, "inputs.txt")), l => l.EndsWith(".pending", StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_cache_offline_applies_unless_the_command_line_says_online()
    {
        using var server = FakeOpenAiServer.Start(LiveEvalFolder.Answer);
        folder.WriteManifests(server.BaseUrl, cache: "cache: { offline: true }");

        var offline = LiveEvalFolder.Run(folder.LiveManifest, folder.Out("a"));
        Assert.Equal(0, server.Count);
        Assert.True(offline.Results!.Live!.Offline);

        var online = LiveEvalFolder.Run(folder.LiveManifest, folder.Out("b"), "--online");
        Assert.Equal(80, server.Count);
        Assert.False(online.Results!.Live!.Offline);
    }

    public void Dispose() => folder.Dispose();
}
