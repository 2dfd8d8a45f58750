using JudgeEval.Engine.Data;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Recorded judgments use the jsonl judgments format of docs/manifest.md, so they replay as recorded data.</summary>
public class JudgmentRecorderTests
{
    [Fact]
    public void Pointwise_lines_have_id_score_sample_judge_and_reason_when_missing()
    {
        var jsonl = JudgmentRecorder.ToJsonl("gpt", TaskKind.Pointwise, [
            new Judgment { ItemId = "q1/d1", Score = 2 },
            new Judgment { ItemId = "q1/d2", Sample = 1, MissingReason = "unparseable", RawText = "hmm" },
        ]);

        Assert.Equal(
            """
            {"id":"q1/d1","score":2,"sample":0,"judge":"gpt"}
            {"id":"q1/d2","score":null,"sample":1,"judge":"gpt","reason":"unparseable"}

            """.ReplaceLineEndings(Environment.NewLine),
            jsonl);
    }

    [Fact]
    public void Pairwise_writes_one_line_per_order()
    {
        var jsonl = JudgmentRecorder.ToJsonl("gpt", TaskKind.Pairwise, [
            new Judgment { ItemId = "p1", Score = Preference.First, SwappedScore = Preference.Tie },
            new Judgment { ItemId = "p2", Score = Preference.Second, MissingReason = "swapped: refused" },
        ]);

        Assert.Equal(
            """
            {"id":"p1","verdict":"first","order":"original","sample":0,"judge":"gpt"}
            {"id":"p1","verdict":"tie","order":"swapped","sample":0,"judge":"gpt"}
            {"id":"p2","verdict":"second","order":"original","sample":0,"judge":"gpt"}
            {"id":"p2","verdict":null,"order":"swapped","sample":0,"judge":"gpt","reason":"refused"}

            """.ReplaceLineEndings(Environment.NewLine),
            jsonl);
    }
}
