using JudgeEval.Engine.Judging;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>A cancelled run keeps what it received (the cache) and the next run only asks for the rest.</summary>
public sealed class LiveResumeTests : IDisposable
{
    readonly LiveSetup setup = new();

    [Fact]
    public async Task A_cancelled_run_resumes_from_the_cache()
    {
        using var cts = new CancellationTokenSource();
        using var server = FakeOpenAiServer.Start((r, n) =>
        {
            if (n == 4)
            {
                cts.Cancel();
            }

            return Graders.Pointwise(r) with { Delay = n >= 4 ? TimeSpan.FromMilliseconds(300) : TimeSpan.Zero };
        });
        var request = setup.Pointwise(server.BaseUrl, 8) with { Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { Concurrency = 1 }] };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LiveJudging.RunAsync(request, null, cts.Token));
        var cached = LiveSetup.CachedAnswers(setup.CacheFolder);
        Assert.Equal(3, cached);

        var resumed = await LiveSetup.Run(request);

        Assert.Equal(3, resumed.Counters.CacheHits);
        Assert.Equal(5, resumed.Counters.Calls);
        Assert.True(resumed.Complete);
        Assert.Equal(8, resumed.Judgments["gpt"].Count(j => j.Score is not null));
    }

    public void Dispose() => setup.Dispose();
}
