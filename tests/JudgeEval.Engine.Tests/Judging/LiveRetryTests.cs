using JudgeEval.Engine.Judging;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>429 bursts with Retry-After, 500s and timeouts: retried, bounded, and counted as missing when they persist.</summary>
public sealed class LiveRetryTests : IDisposable
{
    readonly LiveSetup setup = new();

    [Fact]
    public async Task A_burst_of_429_with_retry_after_is_retried_until_it_passes()
    {
        // The first two arrivals are throttled; Retry-After: 0 keeps the test fast.
        using var server = FakeOpenAiServer.Start((r, n) => n <= 2
            ? ScriptedReply.Error(429, new Dictionary<string, string> { ["Retry-After"] = "0" })
            : Graders.Pointwise(r));

        var outcome = await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 1));

        Assert.Equal(3, server.Count);
        Assert.Equal(2, outcome.Counters.Retries);
        Assert.Equal(1, outcome.Counters.Calls);
        Assert.Equal(0, outcome.Judgments["gpt"][0].Score);
        Assert.True(outcome.Complete);
    }

    [Fact]
    public async Task Persistent_500_is_bounded_by_max_retries_and_counts_as_missing()
    {
        using var server = FakeOpenAiServer.Start(_ => ScriptedReply.Error(500, new Dictionary<string, string> { ["retry-after-ms"] = "10" }));
        var request = setup.Pointwise(server.BaseUrl, 1) with { Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { MaxRetries = 2 }] };

        var outcome = await LiveSetup.Run(request);

        Assert.Equal(3, server.Count); // 1 try + 2 retries
        Assert.Equal(2, outcome.Counters.Retries);
        var judgment = Assert.Single(outcome.Judgments["gpt"]);
        Assert.Null(judgment.Score);
        Assert.Equal("http 500", judgment.MissingReason);
        Assert.False(outcome.Complete);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "JE9020" && d.Location == LiveSetup.JudgeAt && d.Message.Contains("http 500: 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_server_times_out_after_bounded_retries()
    {
        using var server = FakeOpenAiServer.Start(_ => ScriptedReply.Completion("""{"score":1}""") with { Delay = TimeSpan.FromSeconds(3) });
        var request = setup.Pointwise(server.BaseUrl, 1) with
        {
            Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { TimeoutSeconds = 0.2, MaxRetries = 1 }],
        };

        var outcome = await LiveSetup.Run(request);

        Assert.Equal(2, server.Count);
        Assert.Equal("timeout", outcome.Judgments["gpt"][0].MissingReason);
        Assert.False(outcome.Complete);
    }

    [Fact]
    public async Task A_400_is_not_retried()
    {
        using var server = FakeOpenAiServer.Start(_ => ScriptedReply.Error(400));

        var outcome = await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 1));

        Assert.Equal(1, server.Count);
        Assert.Equal("http 400", outcome.Judgments["gpt"][0].MissingReason);
    }

    public void Dispose() => setup.Dispose();
}
