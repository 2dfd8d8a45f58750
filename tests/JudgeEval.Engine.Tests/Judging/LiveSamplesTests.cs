using JudgeEval.Engine.Judging;
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

    [Fact]
    public async Task Each_sample_has_its_own_seed_in_the_request_and_the_cache_key()
    {
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        var request = setup.Pointwise(server.BaseUrl, 1) with { Judges = [LiveSetup.Judge() with { Samples = 3, Seed = 7 }] };

        var outcome = await LiveSetup.Run(request);

        // Sample 0 keeps the judge's seed (a single-sample run asks what it always did); sample n is sent with seed + n.
        Assert.Equal([7L, 8, 9], server.Requests.Select(r => r.Json!["seed"]!.GetValue<long>()).Order());
        Assert.Equal(3, outcome.Judgments["gpt"].Count);
        var keys = Enumerable.Range(0, 3).Select(s => LiveJudging.ExplainCacheKey(request, "gpt", "q0/d0", s, swapped: false).Explanation!).ToList();
        Assert.Equal(3, keys.Select(k => k.Hash).Distinct().Count());
        Assert.Contains("\"seed\":9", keys[2].CanonicalJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_seed_sample_zero_is_unseeded_and_sample_n_gets_seed_n()
    {
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        var request = setup.Pointwise(server.BaseUrl, 1) with { Judges = [LiveSetup.Judge() with { Samples = 2, Seed = null }] };

        await LiveSetup.Run(request);

        Assert.Equal([null, 1L], server.Requests.Select(r => r.Json!["seed"]?.GetValue<long>()).Order());
    }

    public void Dispose() => setup.Dispose();
}
