using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Analysis;

/// <summary>
/// `bootstrap.unit: cluster` reaches the product-score intervals (raw and corrected): they redraw whole queries.
/// Reference: the same seeded cluster bootstrap computed here from the definitions (pass share; Rogan-Gladen from the
/// drawn items' sensitivity and specificity), independently of the analyzer's tallying.
/// </summary>
public sealed class ClusterIntervalTests
{
    /// <summary>20 queries of 5 items; a query's items all pass or all fail, for the judge and the humans alike (but not always together).</summary>
    static (double?[] Judge, double?[] Human, int[] Cluster) Clustered()
    {
        var judge = new double?[100];
        var human = new double?[100];
        var cluster = new int[100];
        for (var i = 0; i < 100; i++)
        {
            var q = i / 5;
            cluster[i] = q;
            human[i] = q % 2;
            judge[i] = q % 5 == 0 ? 1 - (q % 2) : q % 2;
        }

        return (judge, human, cluster);
    }

    static AnalysisSettings Settings(int[]? clusters) => new()
    {
        Scale = Scale.Pointwise(0, 1),
        Weights = KappaWeights.Create(KappaWeighting.Unweighted, 2),
        Weighting = KappaWeighting.Unweighted,
        PassThreshold = 1,
        Resamples = 2000,
        Seed = 11,
        ClusterOf = clusters,
    };

    [Fact]
    public void The_cluster_intervals_equal_a_cluster_bootstrap_of_the_definitions()
    {
        var (judge, human, cluster) = Clustered();

        var score = ProductScoreAnalyzer.Score("j", judge, human, Settings(cluster), null);

        var rate = PercentileBootstrap.Clusters(cluster, drawn => drawn.Count(i => judge[i] == 1) / (double)drawn.Length, 2000, 11);
        var corrected = PercentileBootstrap.Clusters(cluster, drawn =>
        {
            double Share(Func<int, bool> of, Func<int, bool> among) => drawn.Count(i => among(i) && of(i)) / (double)drawn.Count(among);
            var apparent = drawn.Count(i => judge[i] == 1) / (double)drawn.Length;
            var se = Share(i => judge[i] == 1, i => human[i] == 1);
            var sp = Share(i => judge[i] == 0, i => human[i] == 0);
            var j = se + sp - 1;
            return j <= 0 || double.IsNaN(j) ? double.NaN : Math.Clamp((apparent + sp - 1) / j, 0, 1);
        }, 2000, 11);
        Assert.Equal(rate.Lower, score.PassRateCi95.Lower, 12);
        Assert.Equal(rate.Upper, score.PassRateCi95.Upper, 12);
        Assert.Equal(corrected.Lower, score.CorrectedCi95.Lower, 12);
        Assert.Equal(corrected.Upper, score.CorrectedCi95.Upper, 12);
    }

    [Fact]
    public void Whole_queries_give_a_wider_interval_than_independent_items()
    {
        var (judge, human, cluster) = Clustered();

        var items = ProductScoreAnalyzer.Score("j", judge, human, Settings(null), null).PassRateCi95;
        var queries = ProductScoreAnalyzer.Score("j", judge, human, Settings(cluster), null).PassRateCi95;

        Assert.True(queries.Upper - queries.Lower > 1.5 * (items.Upper - items.Lower), $"items {items}, queries {queries}");
    }
}
