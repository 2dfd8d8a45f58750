using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Tests.Analysis;

public class ReviewSelectorTests
{
    static readonly EvalDataset Data = new()
    {
        Scale = Scale.Pointwise(0, 3),
        Items = [new EvalItem { Id = "calm" }, new EvalItem { Id = "split" }, new EvalItem { Id = "lone" }, new EvalItem { Id = "sparse" }],
        Human = [1, 2, null, null],
        Judges =
        [
            new JudgeRatings { JudgeId = "a", Scores = [1, 0, 1, 2] },
            new JudgeRatings { JudgeId = "b", Scores = [1, 3, 1, null] },
            new JudgeRatings { JudgeId = "c", Scores = [1, 3, 3, null] },
        ],
    };

    [Fact]
    public void Most_disputed_items_come_first_and_unanimous_or_single_verdict_items_never()
    {
        var (items, candidates) = ReviewSelector.Select(Data, top: 10);

        Assert.Equal(2, candidates);
        Assert.Equal(["split", "lone"], items.Select(i => i.ItemId));
        Assert.Equal(Math.Sqrt(2), items[0].Disagreement, 12);
        Assert.Equal(2.0, items[0].Human);
        Assert.Equal(0.0, items[0].Verdicts["a"]);
    }

    [Fact]
    public void The_outlier_is_the_judge_furthest_from_the_median()
    {
        var (items, _) = ReviewSelector.Select(Data, top: 10);

        Assert.Equal(["a", "c"], items.Select(i => i.Outlier));
        Assert.Equal(1, ReviewSelector.OutlierCounts(Data)["a"]);
        Assert.Equal(0, ReviewSelector.OutlierCounts(Data)["b"]);
    }

    [Fact]
    public void The_list_is_capped() => Assert.Single(ReviewSelector.Select(Data, top: 1).Items);
}
