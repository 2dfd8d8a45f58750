using JudgeEval.Engine.Statistics.Ensembles;

namespace JudgeEval.Engine.Tests.Statistics.Ensembles;

public sealed class MedianMeanWeightedTests
{
    static readonly double[] Grades = [0, 1, 2, 3];

    [Theory]
    [InlineData(EvenMedianRule.Lower, 1.0)]
    [InlineData(EvenMedianRule.Upper, 2.0)]
    [InlineData(EvenMedianRule.Midpoint, 1.5)]
    public void Even_medians_follow_the_rule(EvenMedianRule rule, double expected) =>
        Assert.Equal(expected, EnsembleAggregator.Median([3, 1, null, 0, 2], rule));

    [Fact]
    public void Odd_medians_are_the_middle_vote() =>
        Assert.Equal(2, EnsembleAggregator.Median([3, 2, 0], EvenMedianRule.Midpoint));

    [Fact]
    public void Mean_ignores_missing_votes()
    {
        Assert.Equal(4.0 / 3, EnsembleAggregator.Mean([1, null, 3, 0])!.Value, 12);
        Assert.Null(EnsembleAggregator.Mean([null]));
        Assert.Null(EnsembleAggregator.Median([], EvenMedianRule.Lower));
    }

    [Fact]
    public void Weighted_votes_sum_the_weights_per_grade()
    {
        // Grade 3 has 0.5 + 0.2 = 0.7, grade 1 has 0.6: grade 3 wins although 1 has the single largest weight.
        Assert.Equal(3, EnsembleAggregator.Weighted([3, 1, 3], [0.5, 0.6, 0.2], Grades));
        // Equal weight on two grades: the lower one.
        Assert.Equal(1, EnsembleAggregator.Weighted([3, 1], [0.4, 0.4], Grades));
    }

    [Fact]
    public void Negative_weights_count_as_zero_and_no_weight_gives_no_verdict()
    {
        Assert.Equal(1, EnsembleAggregator.Weighted([3, 1], [-0.9, 0.1], Grades));
        Assert.Null(EnsembleAggregator.Weighted([3, 1], [-0.2, 0], Grades));
        Assert.Null(EnsembleAggregator.Weighted([null, 1], [0.5, 0], Grades));
    }
}
