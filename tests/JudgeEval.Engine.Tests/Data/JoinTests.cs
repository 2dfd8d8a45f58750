using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Data.DatasetFixtures;

namespace JudgeEval.Engine.Tests.Data;

public class JoinTests
{
    [Fact]
    public void Aligns_labels_and_judgments_by_item_id_whatever_their_order()
    {
        var input = Pointwise(Items("a", "b", "c"), [Label("c", 3), Label("a", 0)], Score("b", 2), Score("a", 1), Score("c", 3));

        var (dataset, diagnostics) = DatasetBuilder.Build(input);

        Assert.Empty(diagnostics);
        Assert.Equal([0, null, 3], dataset!.Human);
        Assert.Equal([1, 2, 3], dataset.Judge("j1").Scores);
    }

    [Fact]
    public void Missing_and_absent_verdicts_stay_missing_and_are_counted_by_reason()
    {
        var input = Pointwise(Items("a", "b", "c", "d"), null, Score("a", 1), Score("b", null, "unparseable"), Score("c", null));

        var ratings = DatasetBuilder.Build(input).Dataset!.Judge("j1");

        Assert.Equal([1, null, null, null], ratings.Scores);
        Assert.Equal(1, ratings.Valid);
        Assert.Equal(1, ratings.MissingReasons["unparseable"]);
        Assert.Equal(1, ratings.MissingReasons["missing"]);
        Assert.Equal(1, ratings.MissingReasons["no judgment"]);
    }

    [Fact]
    public void Pairwise_verdict_is_the_average_of_both_orders_and_missing_if_either_is()
    {
        var input = new DatasetInput
        {
            Scale = Scale.Pairwise,
            Items = Items("p", "q", "r"),
            ItemsAt = ItemsAt,
            Judges =
            [
                new JudgeInput("j1",
                [
                    new Judgment { ItemId = "p", Score = Preference.First, SwappedScore = Preference.First },
                    new Judgment { ItemId = "q", Score = Preference.First, SwappedScore = Preference.Second },
                    new Judgment { ItemId = "r", Score = Preference.Second, SwappedScore = null },
                ], JudgeAt),
            ],
        };

        var ratings = DatasetBuilder.Build(input).Dataset!.Judge("j1");

        Assert.Equal([Preference.First, Preference.Tie, null], ratings.Scores);
        Assert.Equal([Preference.First, Preference.First, Preference.Second], ratings.Original!);
        Assert.Equal(1, ratings.MissingReasons["missing in one order"]);
    }

    [Fact]
    public void Extra_samples_are_kept_apart_from_the_first()
    {
        var input = Pointwise(Items("a"), null, Score("a", 1), new Judgment { ItemId = "a", Score = 2, Sample = 1 });

        var ratings = DatasetBuilder.Build(input).Dataset!.Judge("j1");

        Assert.Equal([1], ratings.FirstSample!);
        Assert.Equal([2], Assert.Single(ratings.ExtraSamples));
        Assert.Equal([1], ratings.Scores); // the lower middle of 1 and 2
    }

    [Fact]
    public void Labels_for_ids_outside_the_eval_are_ignored_like_unused_qrels()
    {
        var (dataset, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a"), [Label("a", 2), Label("other", 3)], Score("a", 2)));

        Assert.Empty(diagnostics);
        Assert.Equal([2], dataset!.Human);
    }
}
