using JudgeEval.Engine.Statistics.Classification;

namespace JudgeEval.Engine.Tests.Statistics.Classification;

public class DirectionalBiasTests
{
    [Fact]
    public void Mean_of_judge_minus_human_over_complete_pairs() =>
        // (3-2) + (2-2) + (3-1) over three pairs; the pairs with a missing side are skipped.
        Assert.Equal(1.0, DirectionalBias.MeanDifference([3, 2, 3, null, 0], [2, 2, 1, 3, null]), 1e-15);

    [Fact]
    public void A_harsh_judge_is_negative() =>
        Assert.Equal(-1.5, DirectionalBias.MeanDifference([0, 1], [2, 2]), 1e-15);

    [Fact]
    public void No_pairs_is_NaN() =>
        Assert.True(double.IsNaN(DirectionalBias.MeanDifference([null, 1], [2, null])));
}
