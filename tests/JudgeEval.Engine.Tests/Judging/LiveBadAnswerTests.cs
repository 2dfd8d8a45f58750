using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Malformed bodies, refusals and unparseable answers are missing verdicts with a reason, never guesses.</summary>
public sealed class LiveBadAnswerTests : IDisposable
{
    readonly LiveSetup setup = new();

    [Fact]
    public async Task Malformed_json_body_is_a_missing_verdict()
    {
        using var server = FakeOpenAiServer.Start(_ => new ScriptedReply(200, """{"choices": [ {"message": """));

        var outcome = await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 1));

        var j = Assert.Single(outcome.Judgments["gpt"]);
        Assert.Null(j.Score);
        Assert.Equal("malformed response", j.MissingReason);
        Assert.Equal(1, server.Count);
    }

    [Fact]
    public async Task A_refusal_is_missing_with_its_text_kept()
    {
        using var server = FakeOpenAiServer.Start(_ => ScriptedReply.Refusal("I can't help with that."));

        var outcome = await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 1));

        var j = Assert.Single(outcome.Judgments["gpt"]);
        Assert.Null(j.Score);
        Assert.Equal("refused", j.MissingReason);
        Assert.Equal("I can't help with that.", j.RawText);
        Assert.True(outcome.Complete); // an answer arrived; it lowers coverage, not completeness
    }

    [Fact]
    public async Task An_unparseable_answer_is_missing_and_counted_in_a_located_warning()
    {
        using var server = FakeOpenAiServer.Start((r, n) => n == 1 ? ScriptedReply.Completion("It is quite relevant, I think.") : Graders.Pointwise(r));
        var request = setup.Pointwise(server.BaseUrl, 3) with { Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { Concurrency = 1 }] };

        var outcome = await LiveSetup.Run(request);

        var missing = Assert.Single(outcome.Judgments["gpt"], j => j.Score is null);
        Assert.Equal("unparseable", missing.MissingReason);
        Assert.Equal("It is quite relevant, I think.", missing.RawText);
        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE9020");
        Assert.Equal("Judge 'gpt': 1 of 3 requests gave no verdict (unparseable: 1).", d.Message);
        Assert.Equal(1, outcome.Counters.Missing);
    }

    [Fact]
    public async Task An_item_without_the_text_the_prompt_needs_is_missing_without_a_call()
    {
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        var request = setup.Pointwise(server.BaseUrl, 1) with { Items = [new() { Id = "x", Text = "passage grade=1" }] };

        var outcome = await LiveSetup.Run(request);

        Assert.Equal(0, server.Count);
        Assert.Equal("item has no query", outcome.Judgments["gpt"][0].MissingReason);
    }

    public void Dispose() => setup.Dispose();
}
