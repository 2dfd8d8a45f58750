using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Ensembles;

namespace JudgeEval.Engine.Tests.Statistics.Ensembles;

/// <summary>Majority vote with the manifest's tie rule: the lower grade (pointwise), Tie (pairwise).</summary>
public sealed class MajorityTests
{
    static readonly double[] Grades = [0, 1, 2, 3];

    [Fact]
    public void The_most_frequent_grade_wins_and_missing_votes_are_ignored() =>
        Assert.Equal(2, EnsembleAggregator.Majority([2, 3, null, 2, 0, null], Grades));

    [Fact]
    public void A_pointwise_tie_goes_to_the_lower_grade()
    {
        Assert.Equal(1, EnsembleAggregator.Majority([3, 1, 3, 1], Grades));
        Assert.Equal(0, EnsembleAggregator.Majority([2, 0, 3], Grades));
    }

    [Fact]
    public void A_pairwise_tie_is_a_Tie()
    {
        var pairwise = Scale.Pairwise.Categories;
        Assert.Equal(Preference.Tie, EnsembleAggregator.Majority([Preference.First, Preference.Second], pairwise));
        Assert.Equal(Preference.Tie, EnsembleAggregator.Majority([Preference.First, Preference.Tie], pairwise));
        Assert.Equal(Preference.Second, EnsembleAggregator.Majority([Preference.Second, Preference.Second, Preference.First], pairwise));
    }

    [Fact]
    public void Votes_between_categories_count_for_the_nearest_one()
    {
        // 1.25 is the average of First and Tie over both presentation orders: halfway, so it counts as Tie.
        Assert.Equal(Preference.Tie, EnsembleAggregator.Majority([1.25, 1.75, Preference.First], Scale.Pairwise.Categories));
        Assert.Equal(2, EnsembleAggregator.Majority([1.6, 2.4, 1], Grades));
    }

    [Fact]
    public void No_votes_give_no_verdict() => Assert.Null(EnsembleAggregator.Majority([null, null], Grades));
}
