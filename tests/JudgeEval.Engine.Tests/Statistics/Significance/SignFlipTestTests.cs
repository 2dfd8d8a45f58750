using JudgeEval.Engine.Statistics.Significance;

namespace JudgeEval.Engine.Tests.Statistics.Significance;

public class SignFlipTestTests
{
    [Fact]
    public void Exact_for_small_samples()
    {
        // All four differences positive: of the 2^4 sign patterns only all-plus and all-minus are as extreme, p = 2/16.
        Assert.Equal(2.0 / 16, SignFlipTest.PValue([1.0, 1, 1, 1], seed: 1), 12);
    }

    [Fact]
    public void A_zero_mean_difference_is_not_significant() =>
        Assert.Equal(1.0, SignFlipTest.PValue([1.0, -1, 0.5, -0.5], seed: 1), 12);

    [Fact]
    public void Monte_carlo_is_seeded_and_close_to_the_normal_approximation()
    {
        // 40 differences: 30 of +1 and 10 of -1; mean 0.5, the sign-flip null has sd sqrt(40); z = 20 / sqrt(40) = 3.16, p ~ 0.0016.
        var d = Enumerable.Repeat(1.0, 30).Concat(Enumerable.Repeat(-1.0, 10)).ToArray();

        var p = SignFlipTest.PValue(d, seed: 7);

        Assert.Equal(p, SignFlipTest.PValue(d, seed: 7));
        Assert.InRange(p, 0.0001, 0.01);
    }
}
