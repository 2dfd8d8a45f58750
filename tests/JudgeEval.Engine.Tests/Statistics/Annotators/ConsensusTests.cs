using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Tests.Statistics.Annotators;

/// <summary>Several annotators' labels of one item to one label, with the tie rules of docs/statistics.md.</summary>
public class ConsensusTests
{
    [Theory]
    [InlineData(new double[] { 3, 1, 2 }, 2)]
    [InlineData(new double[] { 3, 1, 2, 4 }, 2.5)]
    [InlineData(new double[] { 4 }, 4)]
    [InlineData(new double[] { 4, 4, 3 }, 4)]
    public void Median_is_the_middle_label_and_the_mean_of_the_middle_two_for_an_even_count(double[] labels, double expected) =>
        Assert.Equal(expected, Consensus.Of(labels, ConsensusMethod.Median));

    [Fact]
    public void Mean_is_the_arithmetic_mean_and_may_fall_between_grades() =>
        Assert.Equal(11.0 / 3, Consensus.Of([4, 4, 3], ConsensusMethod.Mean), 15);

    [Fact]
    public void Majority_is_the_most_frequent_label() =>
        Assert.Equal(1, Consensus.Of([1, 3, 1, 2], ConsensusMethod.Majority));

    [Fact]
    public void A_pointwise_majority_tie_takes_the_median_of_the_tied_labels() =>
        Assert.Equal(2, Consensus.Of([1, 3, 1, 3, 0], ConsensusMethod.Majority));

    [Fact]
    public void A_pairwise_majority_tie_is_a_tie()
    {
        Assert.Equal(Preference.Tie, Consensus.Of([Preference.First, Preference.Second], ConsensusMethod.Majority, Preference.Tie));
        Assert.Equal(Preference.First, Consensus.Of([Preference.First, Preference.First, Preference.Second], ConsensusMethod.Majority, Preference.Tie));
    }

    [Theory]
    [InlineData(2.5, LabelRounding.HalfUp, 3)]
    [InlineData(2.5, LabelRounding.NearestEven, 2)]
    [InlineData(3.5, LabelRounding.NearestEven, 4)]
    [InlineData(2.5, LabelRounding.Floor, 2)]
    [InlineData(11.0 / 3, LabelRounding.HalfUp, 4)]
    [InlineData(11.0 / 3, LabelRounding.NearestEven, 4)]
    [InlineData(11.0 / 3, LabelRounding.Floor, 3)]
    [InlineData(4.0 / 3, LabelRounding.HalfUp, 1)]
    [InlineData(2, LabelRounding.Floor, 2)]
    public void Rounding_rules_turn_a_fraction_into_a_grade(double label, LabelRounding rounding, double grade) =>
        Assert.Equal(grade, LabelGrades.Round(label, rounding));
}
