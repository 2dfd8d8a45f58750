using JudgeEval.Engine.Statistics.Resampling;
using JudgeEval.Engine.Statistics.Significance;

namespace JudgeEval.Engine.Tests.Statistics.Significance;

/// <summary>The paired difference that self-preference and length bias share: its mean, interval and test, by hand.</summary>
public sealed class PairedDifferenceTests
{
    static readonly double[] Judge = [1, 1, 0.5, 0, 1, 0.5];
    static readonly double[] Humans = [0, 1, 0, 0, 0.5, 1];

    [Fact]
    public void The_mean_is_of_the_per_item_differences()
    {
        var paired = PairedDifference.Of(Judge, Humans, 500, 7);

        Assert.Equal(6, paired.N);
        Assert.Equal((1 + 0 + 0.5 + 0 + 0.5 - 0.5) / 6, paired.Mean, 12);
    }

    [Fact]
    public void Interval_and_p_value_come_from_the_item_bootstrap_and_the_sign_flip_test_with_the_one_seed()
    {
        double[] differences = [1, 0, 0.5, 0, 0.5, -0.5];
        var paired = PairedDifference.Of(Judge, Humans, 500, 7);

        Assert.Equal(PercentileBootstrap.Items(6, drawn => drawn.Average(d => differences[d]), 500, 7), paired.Ci95);
        Assert.Equal(SignFlipTest.PValue(differences, 7), paired.PValue);
    }

    [Fact]
    public void Clusters_replace_items_in_the_interval_only()
    {
        double[] differences = [1, 0, 0.5, 0, 0.5, -0.5];
        int[] clusters = [0, 0, 1, 1, 2, 2];
        var paired = PairedDifference.Of(Judge, Humans, 500, 7, clusters);

        Assert.Equal(PercentileBootstrap.Clusters(clusters, drawn => drawn.Average(d => differences[d]), 500, 7), paired.Ci95);
        Assert.Equal(SignFlipTest.PValue(differences, 7), paired.PValue);
    }

    [Fact]
    public void Fewer_than_two_pairs_have_no_interval_and_none_no_mean()
    {
        Assert.Equal(Interval.Undefined, PairedDifference.Of([1], [0], 500, 7).Ci95);
        Assert.True(double.IsNaN(PairedDifference.Of([], [], 500, 7).Mean));
    }
}
