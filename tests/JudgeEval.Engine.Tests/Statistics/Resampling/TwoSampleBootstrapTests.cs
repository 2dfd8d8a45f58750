using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Statistics.Resampling;

public class TwoSampleBootstrapTests
{
    [Fact]
    public void The_interval_covers_the_difference_and_is_seeded()
    {
        var random = new Random(11);
        var a = Enumerable.Range(0, 80).Select(_ => 1 + random.NextDouble()).ToArray();
        var b = Enumerable.Range(0, 50).Select(_ => random.NextDouble()).ToArray();

        var ci = TwoSampleBootstrap.MeanDifference(a, b, 2000, seed: 4);

        Assert.True(ci.Contains(a.Average() - b.Average()));
        Assert.Equal(ci, TwoSampleBootstrap.MeanDifference(a, b, 2000, seed: 4));
        // Uniform(0, 1) has sd 0.289: the difference's se is 0.289 sqrt(1/80 + 1/50) = 0.052, so the 95% interval is ~0.2 wide.
        Assert.InRange(ci.Upper - ci.Lower, 0.15, 0.26);
    }

    [Fact]
    public void Constant_groups_give_a_point_and_an_empty_group_is_undefined()
    {
        Assert.Equal(new Interval(2, 2), TwoSampleBootstrap.MeanDifference([3.0, 3], [1.0, 1, 1], 100, seed: 1));
        Assert.False(TwoSampleBootstrap.MeanDifference([], [1.0], 100, seed: 1).IsDefined);
    }
}
