using JudgeEval.Engine.Judging;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Request and cost budgets stop cleanly: the rest is missing "budget exhausted", and a later run continues.</summary>
public sealed class LiveBudgetTests : IDisposable
{
    readonly LiveSetup setup = new();

    [Fact]
    public async Task The_request_budget_stops_the_run_and_a_later_run_continues()
    {
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        var request = setup.Pointwise(server.BaseUrl, 5) with { Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { MaxRequests = 3 }] };

        var outcome = await LiveSetup.Run(request);

        Assert.Equal(3, server.Count);
        Assert.Equal(2, outcome.Judgments["gpt"].Count(j => j.MissingReason == "budget exhausted"));
        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE9022");
        Assert.Equal(LiveSetup.EndpointAt, d.Location);
        Assert.False(outcome.Complete);

        var next = await LiveSetup.Run(request);
        Assert.Equal(5, server.Count);
        Assert.True(next.Complete);
    }

    [Fact]
    public async Task The_cost_budget_stops_once_spent()
    {
        // 100 input + 10 output tokens per call at 1000 + 10000 per million = 0.1 + 0.1 = 0.2 per call (ScriptedReply defaults).
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        var endpoint = LiveSetup.Endpoint(server.BaseUrl) with
        {
            Concurrency = 1,
            MaxCost = 0.5,
            Prices = new Dictionary<string, ModelPrice> { ["openai/gpt-4o"] = new(1000, 10000) },
        };
        var request = setup.Pointwise(server.BaseUrl, 6) with { Endpoints = [endpoint] };

        var outcome = await LiveSetup.Run(request);

        Assert.Equal(3, server.Count); // 0.2, 0.4, 0.6 >= 0.5 stops
        Assert.Equal(0.6, outcome.Counters.Cost, 9);
        Assert.Equal(3, outcome.Judgments["gpt"].Count(j => j.MissingReason == "budget exhausted"));
        Assert.Single(outcome.Diagnostics, d => d.Code == "JE9023");
    }

    public void Dispose() => setup.Dispose();
}
