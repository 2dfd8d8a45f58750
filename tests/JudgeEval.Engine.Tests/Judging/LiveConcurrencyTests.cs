using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>The endpoint's concurrency bound holds: the server never sees more requests in flight.</summary>
public sealed class LiveConcurrencyTests : IDisposable
{
    readonly LiveSetup setup = new();

    [Fact]
    public async Task In_flight_requests_never_exceed_the_bound()
    {
        using var server = FakeOpenAiServer.Start(r => Graders.Pointwise(r) with { Delay = TimeSpan.FromMilliseconds(80) });
        var request = setup.Pointwise(server.BaseUrl, 12) with { Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { Concurrency = 2 }] };

        var outcome = await LiveSetup.Run(request);

        Assert.Equal(12, server.Count);
        Assert.InRange(server.MaxInFlight, 1, 2);
        Assert.Equal(12, outcome.Judgments["gpt"].Count(j => j.Score is not null));
    }

    public void Dispose() => setup.Dispose();
}
