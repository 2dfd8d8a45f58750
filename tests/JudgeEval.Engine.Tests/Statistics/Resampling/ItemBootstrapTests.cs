using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Statistics.Resampling;

/// <summary>The item bootstrap of a mean: its replicates centre on the sample mean with spread sigma / sqrt(n) (population sd).</summary>
public sealed class ItemBootstrapTests
{
    static readonly double[] Values = Enumerable.Range(0, 50).Select(i => (double)((i * 37) % 11)).ToArray();

    static double MeanOf(int[] drawn) => drawn.Average(i => Values[i]);

    [Fact]
    public void Replicates_of_a_mean_have_the_plug_in_standard_error()
    {
        const int Resamples = 20_000;
        var replicates = PercentileBootstrap.Replicates(Values.Length, MeanOf, Resamples, 9);
        var mean = Values.Average();
        var sigma = Math.Sqrt(Values.Sum(v => (v - mean) * (v - mean)) / Values.Length);
        var standardError = sigma / Math.Sqrt(Values.Length);
        var replicateMean = replicates.Average();
        var replicateSd = Math.Sqrt(replicates.Sum(r => (r - replicateMean) * (r - replicateMean)) / (Resamples - 1));

        Assert.InRange(replicateMean, mean - (5 * standardError / Math.Sqrt(Resamples)), mean + (5 * standardError / Math.Sqrt(Resamples)));
        Assert.InRange(replicateSd / standardError, 1 - (5 * Math.Sqrt(0.5 / Resamples)), 1 + (5 * Math.Sqrt(0.5 / Resamples)));
    }

    [Fact]
    public void The_same_seed_gives_the_same_interval_and_another_seed_another()
    {
        var first = PercentileBootstrap.Items(Values.Length, MeanOf, 500, 42);
        var again = PercentileBootstrap.Items(Values.Length, MeanOf, 500, 42);
        var other = PercentileBootstrap.Items(Values.Length, MeanOf, 500, 43);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.True(first.Contains(Values.Average()));
    }

    [Fact]
    public void No_items_gives_an_undefined_interval() =>
        Assert.False(PercentileBootstrap.Items(0, MeanOf, 100, 1).IsDefined);

    [Fact]
    public void A_statistic_undefined_on_many_resamples_gives_an_undefined_interval()
    {
        // Undefined whenever item 0 is not drawn: (49/50)^50 = 36% of resamples, far above the 5% allowed.
        var interval = PercentileBootstrap.Items(Values.Length, drawn => drawn.Contains(0) ? MeanOf(drawn) : double.NaN, 1000, 1);
        Assert.False(interval.IsDefined);
    }
}
