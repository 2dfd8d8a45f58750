using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Tests.Judging;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Hostile;

/// <summary>
/// An endpoint that answers 20 MB per call (with or without a Content-Length) costs at most the 1 MiB answer limit per
/// call: the verdict is missing with the reason, the call is not retried, and nothing of it is cached.
/// </summary>
public sealed class LiveAnswerSizeTests : IDisposable
{
    static readonly string Huge = new('x', 20 << 20);

    readonly LiveSetup setup = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_oversized_answer_is_a_missing_verdict_with_its_reason(bool chunked)
    {
        using var server = FakeOpenAiServer.Start(_ => ScriptedReply.Completion(Huge) with { Chunked = chunked });

        var outcome = await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 2));

        Assert.All(outcome.Judgments["gpt"], j =>
        {
            Assert.Null(j.Score);
            Assert.Equal("answer larger than 1 MiB", j.MissingReason);
        });
        Assert.Equal(2, server.Count);
        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE9020");
        Assert.Equal("Judge 'gpt': 2 of 2 requests gave no verdict (answer larger than 1 MiB: 2).", d.Message);
        Assert.False(Directory.Exists(setup.CacheFolder) && Directory.EnumerateFiles(setup.CacheFolder, "*.json", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task An_answer_under_the_limit_is_read_as_before()
    {
        using var server = FakeOpenAiServer.Start(_ => ScriptedReply.Completion("{\"score\": 2, \"reason\": \"" + new string('y', 500_000) + "\"}") with { Chunked = true });

        var outcome = await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 1));

        Assert.Equal(2, Assert.Single(outcome.Judgments["gpt"]).Score);
    }

    [Fact]
    public void The_limit_is_one_MiB() => Assert.Equal(1 << 20, AnswerSizeLimit.MaxAnswerBytes);

    public void Dispose() => setup.Dispose();
}
