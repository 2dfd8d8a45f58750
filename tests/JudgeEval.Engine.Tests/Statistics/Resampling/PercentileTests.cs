using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Statistics.Resampling;

/// <summary>Type 7 quantiles; reference values are R's quantile(x, type = 7), computed by hand: h = (m - 1) p.</summary>
public sealed class PercentileTests
{
    [Fact]
    public void Interval_of_1_to_101_is_3_5_to_98_5()
    {
        var values = Enumerable.Range(1, 101).Select(v => (double)v).Reverse().ToArray();
        var interval = Percentile.Interval(values, 0.95);
        Assert.Equal(3.5, interval.Lower, 12);
        Assert.Equal(98.5, interval.Upper, 12);
    }

    [Theory]
    [InlineData(0.25, 1.75)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    [InlineData(0.5, 2.5)]
    public void Quantiles_interpolate_linearly(double p, double expected) =>
        Assert.Equal(expected, Percentile.QuantileOfSorted([1.0, 2, 3, 4], p), 12);

    [Fact]
    public void Up_to_five_percent_NaN_replicates_are_left_out()
    {
        var values = Enumerable.Range(1, 95).Select(v => (double)v).Concat(Enumerable.Repeat(double.NaN, 5)).ToArray();
        var interval = Percentile.Interval(values, 0.95);
        Assert.Equal(1 + (94 * 0.025), interval.Lower, 12);
        Assert.Equal(1 + (94 * 0.975), interval.Upper, 12);
    }

    [Fact]
    public void More_than_five_percent_NaN_makes_the_interval_undefined()
    {
        var values = Enumerable.Range(1, 94).Select(v => (double)v).Concat(Enumerable.Repeat(double.NaN, 6)).ToArray();
        Assert.False(Percentile.Interval(values, 0.95).IsDefined);
        Assert.True(double.IsNaN(Percentile.Interval([], 0.95).Lower));
    }
}
