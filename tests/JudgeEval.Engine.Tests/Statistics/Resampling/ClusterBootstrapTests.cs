using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Statistics.Resampling;

public sealed class ClusterBootstrapTests
{
    [Fact]
    public void Singleton_clusters_draw_exactly_what_item_resampling_draws()
    {
        var values = Enumerable.Range(0, 30).Select(i => Math.Sin(i)).ToArray();
        double Mean(int[] drawn) => drawn.Average(i => values[i]);
        var byItems = PercentileBootstrap.Replicates(values.Length, Mean, 200, 17);
        var byClusters = PercentileBootstrap.Replicates(Enumerable.Range(0, values.Length).ToArray(), Mean, 200, 17);
        Assert.Equal(byItems, byClusters);
    }

    [Fact]
    public void Clusters_of_identical_items_widen_the_interval_as_much_as_fewer_items()
    {
        // 20 clusters of 5 copies: the cluster bootstrap must behave like 20 independent items, not 100.
        var cluster = Enumerable.Range(0, 100).Select(i => i / 5).ToArray();
        var values = cluster.Select(c => (double)((c * 7) % 5)).ToArray();
        double Mean(int[] drawn) => drawn.Average(i => values[i]);
        var byClusters = PercentileBootstrap.Replicates(cluster, Mean, 20_000, 3);
        var byItems = PercentileBootstrap.Replicates(values.Length, Mean, 20_000, 3);
        var ratio = Sd(byClusters) / Sd(byItems);
        // Expected ratio sqrt(100 / 20) = 2.236 (plug-in standard errors sigma / sqrt(n) with the same sigma).
        Assert.InRange(ratio, 2.236 * 0.95, 2.236 * 1.05);
    }

    [Fact]
    public void Cluster_ids_need_not_be_contiguous_and_items_of_a_drawn_cluster_all_come()
    {
        int[] cluster = [900, -3, 900, 42, -3, 900];
        var sizes = new List<int>();
        _ = PercentileBootstrap.Replicates(cluster, drawn =>
        {
            sizes.Add(drawn.Length);
            Assert.All(drawn.GroupBy(i => cluster[i]), g => Assert.Equal(0, g.Count() % cluster.Count(c => c == g.Key)));
            return drawn.Length;
        }, 100, 8);
        Assert.All(sizes, s => Assert.InRange(s, 3, 9));
        Assert.False(PercentileBootstrap.Clusters([], _ => 1, 10, 1).IsDefined);
    }

    static double Sd(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
