namespace JudgeEval.Engine.Statistics.Resampling;

/// <summary>
/// Percentile bootstrap intervals at <see cref="Level"/>. Every method draws from <c>new Random(seed)</c>, whose
/// seeded sequence .NET keeps stable across versions and platforms, so the same inputs and seed give the same
/// interval on every run. Replicates are read with <see cref="Percentile"/> (type 7 quantiles; NaN replicates
/// left out; undefined interval when more than <see cref="Percentile.MaxUndefinedShare"/> are NaN).
/// The arrays handed to a statistic are reused between calls: read them, do not keep them.
/// </summary>
public static class PercentileBootstrap
{
    public const double Level = 0.95;

    /// <summary>Resamples n items with replacement; the statistic receives the n drawn item indices. O(B * n).</summary>
    public static Interval Items(int n, Func<int[], double> statistic, int resamples, int seed) =>
        Percentile.Interval(Replicates(n, statistic, resamples, seed), Level);

    /// <summary>
    /// Resamples whole clusters (e.g. queries) with replacement, as many as there are; the statistic receives the
    /// indices of every item of every drawn cluster, so its length varies with the cluster sizes drawn.
    /// </summary>
    public static Interval Clusters(IReadOnlyList<int> clusterOf, Func<int[], double> statistic, int resamples, int seed) =>
        Percentile.Interval(Replicates(clusterOf, statistic, resamples, seed), Level);

    /// <summary>
    /// Resamples a contingency table: each replicate is a multinomial draw of its cell counts with p = counts / n,
    /// the same distribution item resampling gives the table, in O(B * cells * log n) instead of O(B * n).
    /// </summary>
    public static Interval Cells(long[,] table, Func<long[,], double> statistic, int resamples, int seed) =>
        Percentile.Interval(Replicates(table, statistic, resamples, seed), Level);

    /// <summary>
    /// Several statistics of one table from the same draws: interval i is exactly what <c>Cells(table, statistics[i],
    /// resamples, seed)</c> gives, since every call draws the same tables from the same seed; drawing once saves the rest.
    /// </summary>
    public static Interval[] CellsForEach(long[,] table, IReadOnlyList<Func<long[,], double>> statistics, int resamples, int seed) =>
        [.. ReplicatesForEach(table, statistics, resamples, seed).Select(r => Percentile.Interval(r, Level))];

    /// <summary>Several statistics of the same drawn clusters: interval i is exactly <c>Clusters(clusterOf, statistics[i], resamples, seed)</c>.</summary>
    public static Interval[] ClustersForEach(IReadOnlyList<int> clusterOf, Func<int[], double[]> statistics, int count, int resamples, int seed) =>
        [.. ReplicatesForEach(clusterOf, statistics, count, resamples, seed).Select(r => Percentile.Interval(r, Level))];

    public static double[] Replicates(int n, Func<int[], double> statistic, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        var replicates = new double[resamples];
        if (n == 0)
        {
            Array.Fill(replicates, double.NaN);
            return replicates;
        }

        var random = new Random(seed);
        var drawn = new int[n];
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < n; i++)
            {
                drawn[i] = random.Next(n);
            }

            replicates[b] = statistic(drawn);
        }

        return replicates;
    }

    public static double[] Replicates(IReadOnlyList<int> clusterOf, Func<int[], double> statistic, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        return ReplicatesForEach(clusterOf, drawn => [statistic(drawn)], 1, resamples, seed)[0];
    }

    /// <summary>The replicates of <paramref name="count"/> statistics computed together on each drawn sample.</summary>
    public static double[][] ReplicatesForEach(IReadOnlyList<int> clusterOf, Func<int[], double[]> statistics, int count, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(clusterOf);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        var replicates = NewReplicates(count, resamples);
        var members = MembersByCluster(clusterOf);
        if (members.Length == 0)
        {
            Fill(replicates, double.NaN);
            return replicates;
        }

        var random = new Random(seed);
        var picked = new int[members.Length];
        for (var b = 0; b < resamples; b++)
        {
            var size = 0;
            for (var c = 0; c < picked.Length; c++)
            {
                picked[c] = random.Next(members.Length);
                size += members[picked[c]].Length;
            }

            var drawn = new int[size];
            var next = 0;
            foreach (var cluster in picked)
            {
                members[cluster].CopyTo(drawn, next);
                next += members[cluster].Length;
            }

            var values = statistics(drawn);
            for (var s = 0; s < count; s++)
            {
                replicates[s][b] = values[s];
            }
        }

        return replicates;
    }

    public static double[] Replicates(long[,] table, Func<long[,], double> statistic, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        return ReplicatesForEach(table, [statistic], resamples, seed)[0];
    }

    /// <summary>The replicates of each statistic, all computed on the same drawn tables.</summary>
    public static double[][] ReplicatesForEach(long[,] table, IReadOnlyList<Func<long[,], double>> statistics, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        var rows = table.GetLength(0);
        var columns = table.GetLength(1);
        var counts = new long[rows * columns];
        long total = 0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                counts[(r * columns) + c] = table[r, c];
                total += table[r, c];
            }
        }

        var replicates = NewReplicates(statistics.Count, resamples);
        if (total == 0)
        {
            Fill(replicates, double.NaN);
            return replicates;
        }

        var random = new Random(seed);
        var drawnCounts = new long[counts.Length];
        var drawn = new long[rows, columns];
        for (var b = 0; b < resamples; b++)
        {
            Multinomial.Draw(random, counts, drawnCounts);
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    drawn[r, c] = drawnCounts[(r * columns) + c];
                }
            }

            for (var s = 0; s < statistics.Count; s++)
            {
                replicates[s][b] = statistics[s](drawn);
            }
        }

        return replicates;
    }

    static double[][] NewReplicates(int count, int resamples)
    {
        var replicates = new double[count][];
        for (var s = 0; s < count; s++)
        {
            replicates[s] = new double[resamples];
        }

        return replicates;
    }

    static void Fill(double[][] replicates, double value)
    {
        foreach (var r in replicates)
        {
            Array.Fill(r, value);
        }
    }

    /// <summary>Item indices per cluster, clusters in order of first appearance (so the draw is deterministic).</summary>
    static int[][] MembersByCluster(IReadOnlyList<int> clusterOf)
    {
        var order = new Dictionary<int, List<int>>();
        var clusters = new List<List<int>>();
        for (var i = 0; i < clusterOf.Count; i++)
        {
            if (!order.TryGetValue(clusterOf[i], out var items))
            {
                items = [];
                order.Add(clusterOf[i], items);
                clusters.Add(items);
            }

            items.Add(i);
        }

        return clusters.Select(c => c.ToArray()).ToArray();
    }
}
