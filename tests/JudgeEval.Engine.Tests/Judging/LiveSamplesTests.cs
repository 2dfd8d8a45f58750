using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>samples: n asks each item n times, numbered 0..n-1, each its own cache entry.</summary>
public sealed class LiveSamplesTests : IDisposable
{
    readonly LiveSetup setup = new();

    [Fact]
    public async Task Repeated_runs_are_numbered_and_cached_separately()
    {
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        var request = setup.Pointwise(server.BaseUrl, 2) with { Judges = [LiveSetup.Judge() with { Samples = 3 }] };

        var outcome = await LiveSetup.Run(request);
        var again = await LiveSetup.Run(request);

        Assert.Equal(6, server.Count);
        Assert.Equal(0, again.Counters.Calls);
        Assert.Equal([0, 1, 2], outcome.Judgments["gpt"].Where(j => j.ItemId == "q1/d1").Select(j => j.Sample).Order());
        Assert.Equal(6, LiveSetup.CachedAnswers(setup.CacheFolder));
    }

    public void Dispose() => setup.Dispose();
}
