using JudgeEval.Engine.Statistics.Significance;

namespace JudgeEval.Engine.Tests.Statistics.Annotators;

/// <summary>Lower-tail one-sample t-test; references from the regularized incomplete beta in mpmath (30 digits).</summary>
public class OneSampleTTestTests
{
    [Fact]
    public void Lower_tail_p_of_a_textbook_sample()
    {
        // 1..5 against mu = 4: t = -sqrt(2), df = 4; P(T4 <= t) = 0.115099820540249 (R: pt(-sqrt(2), 4)).
        Assert.Equal(0.115099820540249490, OneSampleTTest.LowerTailP([1, 2, 3, 4, 5], 4), 12);
    }

    [Fact]
    public void Lower_tail_p_with_a_fractional_null()
    {
        // mean 0.0625, s = 0.2056, t = -1.33722748248063, df = 3.
        Assert.Equal(0.136749407172167920, OneSampleTTest.LowerTailP([0.1, -0.2, 0.3, 0.05], 0.2), 12);
    }

    [Fact]
    public void A_constant_sample_settles_the_test()
    {
        Assert.Equal(0, OneSampleTTest.LowerTailP([0, 0, 0], 0.2));
        Assert.Equal(1, OneSampleTTest.LowerTailP([1, 1, 1], 0.2));
        Assert.True(double.IsNaN(OneSampleTTest.LowerTailP([0.2, 0.2], 0.2)));
        Assert.True(double.IsNaN(OneSampleTTest.LowerTailP([0.1], 0.2)));
    }
}
