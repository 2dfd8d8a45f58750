using JudgeEval.Engine.Data;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Recorded judgments use the jsonl judgments format of docs/manifest.md, so they replay as recorded data.</summary>
public class JudgmentRecorderTests
{
    [Fact]
    public void Pointwise_lines_have_id_score_sample_judge_reason_when_missing_and_the_raw_answer()
    {
        var jsonl = JudgmentRecorder.ToJsonl("gpt", TaskKind.Pointwise, [
            new Judgment { ItemId = "q1/d1", Score = 2 },
            new Judgment { ItemId = "q1/d2", Sample = 1, MissingReason = "unparseable", RawText = "hmm" },
        ]);

        Assert.Equal(
            """
            {"id":"q1/d1","score":2,"sample":0,"judge":"gpt"}
            {"id":"q1/d2","score":null,"sample":1,"judge":"gpt","reason":"unparseable","raw":"hmm"}

            """.ReplaceLineEndings(Environment.NewLine),
            jsonl);
    }

    [Fact]
    public void Pairwise_writes_one_line_per_order_each_with_its_own_raw_answer()
    {
        var jsonl = JudgmentRecorder.ToJsonl("gpt", TaskKind.Pairwise, [
            new Judgment { ItemId = "p1", Score = Preference.First, SwappedScore = Preference.Tie, OriginalRawText = "A", SwappedRawText = "tie <b>" },
            new Judgment { ItemId = "p2", Score = Preference.Second, MissingReason = "swapped: refused" },
        ]);

        Assert.Equal(
            """
            {"id":"p1","verdict":"first","order":"original","sample":0,"judge":"gpt","raw":"A"}
            {"id":"p1","verdict":"tie","order":"swapped","sample":0,"judge":"gpt","raw":"tie <b>"}
            {"id":"p2","verdict":"second","order":"original","sample":0,"judge":"gpt"}
            {"id":"p2","verdict":null,"order":"swapped","sample":0,"judge":"gpt","reason":"refused"}

            """.ReplaceLineEndings(Environment.NewLine),
            jsonl);
    }

    [Fact]
    public void A_recorded_raw_answer_is_read_back_by_the_jsonl_importer()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "gpt.jsonl");
        JudgmentRecorder.Write(path, JudgmentRecorder.ToJsonl("gpt", TaskKind.Pointwise, [new Judgment { ItemId = "a", Score = 2, RawText = "Score: 2 because\nit answers" }]));

        var result = JudgeEval.Engine.Import.Importers.Import(
            new SourceSpec { Path = path, Format = "jsonl", BaseDirectory = dir.Path, DeclaredAt = JudgeEval.Engine.Diagnostics.SourceLocation.At("judgeeval.yaml", 1, 1) },
            DataRole.Judgments,
            TaskKind.Pointwise);

        Assert.Equal("Score: 2 because\nit answers", Assert.Single(Assert.Single(result.Judgments).Value).RawText);
    }

    sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("judgeeval-record-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
