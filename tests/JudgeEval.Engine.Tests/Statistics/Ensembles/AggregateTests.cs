using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Ensembles;

namespace JudgeEval.Engine.Tests.Statistics.Ensembles;

public sealed class AggregateTests
{
    static readonly double[] Grades = [0, 1, 2, 3];

    static readonly double?[][] Members =
    [
        [0, 3, 1, null, 2],
        [1, 3, 2, null, null],
        [1, 2, null, 3, null],
        [3, 2, 2, null, null],
    ];

    [Fact]
    public void Majority_per_item_with_min_votes()
    {
        var verdicts = EnsembleAggregator.Aggregate(Members, EnsembleMethod.Majority, EvenMedianRule.Lower, null, Grades, minVotes: 2);
        // Item 0: 0,1,1,3 -> 1. Item 1: 3,3,2,2 tie -> 2. Item 2: 1,2,2 -> 2. Items 3 and 4 have one vote each.
        Assert.Equal([1, 2, 2, null, null], verdicts);
    }

    [Fact]
    public void Means_and_midpoints_are_snapped_to_a_grade_by_default()
    {
        // Item 0 mean 1.25 -> 1; item 1 mean 2.5 -> halfway, lower grade 2; item 2 mean 5/3 -> 2; item 3 3; item 4 2.
        Assert.Equal([1, 2, 2, 3, 2], EnsembleAggregator.Aggregate(Members, EnsembleMethod.Mean, EvenMedianRule.Lower, null, Grades));
        var raw = EnsembleAggregator.Aggregate(Members, EnsembleMethod.Median, EvenMedianRule.Midpoint, null, Grades, snapToCategories: false);
        Assert.Equal([1, 2.5, 2, 3, 2], raw);
        Assert.Equal([1, 2, 2, 3, 2], EnsembleAggregator.Aggregate(Members, EnsembleMethod.Median, EvenMedianRule.Midpoint, null, Grades));
    }

    [Fact]
    public void Weighted_needs_one_weight_per_member()
    {
        var verdicts = EnsembleAggregator.Aggregate(Members, EnsembleMethod.Weighted, EvenMedianRule.Lower, [0.1, 0.1, 0.1, 0.9], Grades);
        Assert.Equal([3, 2, 2, 3, 2], verdicts);
        Assert.Throws<ArgumentException>(() => EnsembleAggregator.Aggregate(Members, EnsembleMethod.Weighted, EvenMedianRule.Lower, null, Grades));
    }

    [Fact]
    public void Pairwise_averages_snap_toward_Tie()
    {
        double?[][] members = [[1.25, 2], [1.75, 2]];
        var verdicts = EnsembleAggregator.Aggregate(members, EnsembleMethod.Mean, EvenMedianRule.Lower, null, Scale.Pairwise.Categories);
        Assert.Equal([Preference.Tie, Preference.Second], verdicts);
        Assert.Equal(Preference.Tie, CategorySnapping.Nearest(1.25, Scale.Pairwise.Categories));
        Assert.Equal(Preference.Second, CategorySnapping.Nearest(1.8, Scale.Pairwise.Categories));
    }
}
