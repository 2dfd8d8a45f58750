using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Batch mode: upload JSONL, create a batch, poll, download, merge into the cache; no per-item chat calls.</summary>
public sealed class LiveBatchTests : IDisposable
{
    readonly LiveSetup setup = new();

    [Fact]
    public async Task A_batch_is_uploaded_polled_downloaded_and_cached()
    {
        var api = new FakeBatchApi(Graders.Pointwise);
        using var server = FakeOpenAiServer.Start(api.Handle);
        var request = setup.Pointwise(server.BaseUrl, 4) with
        {
            Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { Batch = true, BatchPollSeconds = 0.05, BatchMaxWaitSeconds = 10 }],
        };

        var outcome = await LiveSetup.Run(request);

        Assert.DoesNotContain(server.Requests, r => r.Path == "/v1/chat/completions");
        Assert.Equal(["/v1/files", "/v1/batches"], server.Requests.Where(r => r.Method == "POST").Select(r => r.Path));
        Assert.All(server.Requests, r => Assert.Equal("Bearer " + LiveSetup.Key, r.Authorization));
        Assert.Equal(4, api.UploadedLines.Count);
        Assert.All(api.UploadedLines, l => Assert.Equal("openai/gpt-4o", l["body"]!["model"]!.GetValue<string>()));
        Assert.Equal([0d, 1d, 2d, 3d], outcome.Judgments["gpt"].OrderBy(j => j.ItemId, StringComparer.Ordinal).Select(j => j.Score!.Value));
        Assert.True(outcome.Complete);
        Assert.Equal(4, outcome.Counters.Calls);

        var before = server.Count;
        var again = await LiveSetup.Run(request);
        Assert.Equal(before, server.Count);
        Assert.Equal(4, again.Counters.CacheHits);
    }

    [Fact]
    public async Task An_unfinished_batch_counts_as_missing()
    {
        var api = new FakeBatchApi(Graders.Pointwise, pollsBeforeDone: int.MaxValue);
        using var server = FakeOpenAiServer.Start(api.Handle);
        var request = setup.Pointwise(server.BaseUrl, 2) with
        {
            Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { Batch = true, BatchPollSeconds = 0.05, BatchMaxWaitSeconds = 0.3 }],
        };

        var outcome = await LiveSetup.Run(request);

        Assert.All(outcome.Judgments["gpt"], j => Assert.Equal("batch not finished", j.MissingReason));
        Assert.False(outcome.Complete);
    }

    public void Dispose() => setup.Dispose();
}
