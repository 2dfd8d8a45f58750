using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Cohen's kappa of two coded raters with its percentile bootstrap 95% interval. Item bootstrap draws the
/// confusion-table cells multinomially (O(B*k^2)); cluster bootstrap resamples whole queries among the complete items.
/// </summary>
public static class KappaEstimator
{
    public static KappaEstimate Run(int[] a, int[] b, AnalysisSettings settings, bool withInterval = true) =>
        Estimate(a, b, settings, t => CohenKappa.FromTable(t, settings.Weights), withInterval);

    /// <summary>Any statistic of the two raters' confusion table (e.g. Gwet's AC), its interval drawn exactly as kappa's.</summary>
    public static KappaEstimate Estimate(int[] a, int[] b, AnalysisSettings settings, Func<long[,], double> statistic, bool withInterval = true) =>
        Estimates(a, b, settings, [statistic], withInterval)[0];

    /// <summary>
    /// Several statistics of the same two raters, each exactly what <see cref="Estimate"/> gives it: the same table,
    /// and intervals from the same seed, so one set of bootstrap draws serves them all.
    /// </summary>
    public static KappaEstimate[] Estimates(int[] a, int[] b, AnalysisSettings settings, IReadOnlyList<Func<long[,], double>> statistics, bool withInterval = true)
    {
        var k = settings.Categories.Count;
        // The table counts the items both raters rated; only the cluster bootstrap needs them listed.
        var table = ConfusionMatrix.FromCodes(a, b, k);
        var n = (int)ConfusionMatrix.Total(table);
        var values = statistics.Select(s => s(table)).ToArray();
        var bootstrapped = Enumerable.Range(0, statistics.Count).Where(s => withInterval && n >= 2 && !double.IsNaN(values[s])).ToArray();
        var intervals = bootstrapped.Length == 0 ? [] : Interval(a, b, table, settings, [.. bootstrapped.Select(s => statistics[s])]);
        var result = new KappaEstimate[statistics.Count];
        for (var s = 0; s < statistics.Count; s++)
        {
            var at = Array.IndexOf(bootstrapped, s);
            result[s] = new KappaEstimate(n, values[s], at < 0 ? new Interval(double.NaN, double.NaN) : intervals[at], table);
        }

        return result;
    }

    /// <summary>Indices of the items both raters rated (codes of -1 are missing).</summary>
    static int[] CompleteItems(int[] a, int[] b)
    {
        var count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            count += a[i] >= 0 && b[i] >= 0 ? 1 : 0;
        }

        var complete = new int[count];
        var next = 0;
        for (var i = 0; i < a.Length && next < count; i++)
        {
            if (a[i] >= 0 && b[i] >= 0)
            {
                complete[next++] = i;
            }
        }

        return complete;
    }

    static Interval[] Interval(int[] a, int[] b, long[,] table, AnalysisSettings settings, Func<long[,], double>[] statistics)
    {
        if (settings.ClusterOf is not { } clusterOf)
        {
            return PercentileBootstrap.CellsForEach(table, statistics, settings.Resamples, settings.Seed);
        }

        var k = settings.Categories.Count;
        var complete = CompleteItems(a, b);
        var ca = complete.Select(i => a[i]).ToArray();
        var cb = complete.Select(i => b[i]).ToArray();
        var clusters = complete.Select(i => clusterOf[i]).ToArray();
        return PercentileBootstrap.ClustersForEach(
            clusters,
            drawn =>
            {
                var drawnTable = ConfusionMatrix.FromCodes(ca, cb, k, drawn);
                return [.. statistics.Select(s => s(drawnTable))];
            },
            statistics.Length,
            settings.Resamples,
            settings.Seed);
    }
}

/// <summary>Kappa (or the statistic asked for) over the items both raters rated, its interval and the confusion table it came from.</summary>
public sealed record KappaEstimate(int N, double Kappa, Interval Ci95, long[,] Table);
