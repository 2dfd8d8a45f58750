using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Data.DatasetFixtures;

namespace JudgeEval.Engine.Tests.Data;

/// <summary>A join that releases the imported columns as it goes gives the dataset a keeping join gives.</summary>
public sealed class ReleasedColumnsTests
{
    [Fact]
    public void Releasing_join_gives_the_same_dataset_and_lets_the_rows_go()
    {
        var (kept, keptDiagnostics) = DatasetBuilder.Build(Input());
        var input = Input();
        var (released, releasedDiagnostics) = DatasetBuilder.Build(input, releaseColumns: true);

        Assert.Equal(keptDiagnostics, releasedDiagnostics);
        Assert.Equal(kept!.Human, released!.Human);
        Assert.Equal(kept.Judges.Select(j => j.Scores), released.Judges.Select(j => j.Scores));
        Assert.Equal(kept.Judges.Select(j => j.MissingReasons), released.Judges.Select(j => j.MissingReasons));
        var first = (JudgmentColumns)input.Judges[0].Judgments;
        Assert.ThrowsAny<Exception>(() => first.ItemId(0));
        Assert.ThrowsAny<Exception>(() => ((LabelColumns)input.Labels!)[0]);
    }

    [Fact]
    public void Columns_a_later_judge_reads_are_kept_until_it_is_joined()
    {
        var shared = Judgments(2, 1, null);
        var input = Input() with { Judges = [new JudgeInput("j1", shared, JudgeAt), new JudgeInput("j2", shared, JudgeAt)] };

        var (dataset, _) = DatasetBuilder.Build(input, releaseColumns: true);

        Assert.Equal(dataset!.Judges[0].Scores, dataset.Judges[1].Scores);
        Assert.Equal([2.0, 1.0, null], dataset.Judges[1].Scores);
        Assert.ThrowsAny<Exception>(() => shared.Score(0));
    }

    static DatasetInput Input()
    {
        var labels = new LabelColumns("items.jsonl");
        labels.Add("a", 2, null, null, 1, 1, 30);
        labels.Add("b", 1, null, null, 2, 2, 30);
        labels.Add("c", 0, null, null, 3, 3, 30);
        return Pointwise(Items("a", "b", "c"), null) with
        {
            Labels = labels,
            Judges = [new JudgeInput("j1", Judgments(2, 1, null), JudgeAt), new JudgeInput("j2", Judgments(1, null, 0), JudgeAt)],
        };
    }

    static JudgmentColumns Judgments(double? a, double? b, double? c)
    {
        var columns = new JudgmentColumns("j.jsonl");
        columns.Add("a", a, 0, a is null ? "refused" : null, null, 1, 1, 20);
        columns.Add("b", b, 0, b is null ? "refused" : null, null, 2, 2, 20);
        columns.Add("c", c, 0, c is null ? "refused" : null, null, 3, 3, 20);
        return columns;
    }
}
