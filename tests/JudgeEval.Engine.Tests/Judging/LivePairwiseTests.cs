using JudgeEval.Engine.Data;
using JudgeEval.Engine.Judging;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Pairwise judging asks both orders and maps the swapped verdict back, as recorded pairwise data are encoded.</summary>
public sealed class LivePairwiseTests : IDisposable
{
    readonly LiveSetup setup = new();

    LiveJudgingRequest Pairwise(string baseUrl, int count) =>
        setup.Request(LiveSetup.PairwiseItems(count), Scale.Pairwise, LiveSetup.Endpoint(baseUrl), LiveSetup.Judge("pairwise"));

    [Fact]
    public async Task A_fair_judge_gives_the_same_verdict_in_both_orders()
    {
        using var server = FakeOpenAiServer.Start(Graders.Fair);

        var outcome = await LiveSetup.Run(Pairwise(server.BaseUrl, 4));

        Assert.Equal(8, server.Count);
        var judgments = outcome.Judgments["gpt"].OrderBy(j => j.ItemId, StringComparer.Ordinal).ToList();
        // Even items: output 1 is GOOD, so First; odd: Second (Data/Preference.cs: First = 1, Second = 2).
        Assert.Equal([1d, 2d, 1d, 2d], judgments.Select(j => j.Score!.Value));
        Assert.Equal([1d, 2d, 1d, 2d], judgments.Select(j => j.SwappedScore!.Value));
        // The swapped request shows output 2 as A.
        var swapped = server.Requests.Single(r => r.UserText.Contains("question 0", StringComparison.Ordinal) && r.UserText.IndexOf("answer two 0", StringComparison.Ordinal) < r.UserText.IndexOf("answer one 0", StringComparison.Ordinal));
        Assert.Contains("Response A:\n<<<\nanswer two 0", swapped.UserText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_judge_that_always_picks_the_first_shown_flips_between_orders()
    {
        using var server = FakeOpenAiServer.Start(Graders.FirstShown);

        var outcome = await LiveSetup.Run(Pairwise(server.BaseUrl, 2));

        Assert.All(outcome.Judgments["gpt"], j =>
        {
            Assert.Equal(Preference.First, j.Score);
            Assert.Equal(Preference.Second, j.SwappedScore);
        });
    }

    [Fact]
    public async Task One_failed_order_is_recorded_with_its_order_in_the_reason()
    {
        using var server = FakeOpenAiServer.Start(r => r.UserText.Contains("Response A:\n<<<\nanswer two", StringComparison.Ordinal)
            ? ScriptedReply.Completion("Both have merits.")
            : Graders.Fair(r));

        var outcome = await LiveSetup.Run(Pairwise(server.BaseUrl, 1));

        var j = Assert.Single(outcome.Judgments["gpt"]);
        Assert.Equal(Preference.First, j.Score);
        Assert.Null(j.SwappedScore);
        Assert.Equal("swapped: unparseable", j.MissingReason);
        Assert.Contains("[swapped] Both have merits.", j.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pair_without_output_2_is_missing_in_both_orders_without_calls()
    {
        using var server = FakeOpenAiServer.Start(Graders.Fair);
        var request = Pairwise(server.BaseUrl, 1) with { Items = [new EvalItem { Id = "p", Query = "q", Text = "one" }] };

        var outcome = await LiveSetup.Run(request);

        Assert.Equal(0, server.Count);
        Assert.Equal("original: item has no textB; swapped: item has no textB", Assert.Single(outcome.Judgments["gpt"]).MissingReason);
    }

    public void Dispose() => setup.Dispose();
}
