namespace JudgeEval.Engine.Statistics.Resampling;

/// <summary>
/// Percentile bootstrap interval of mean(a) - mean(b) for two independent groups: each replicate redraws each group
/// with replacement at its own size (a stratified bootstrap), from one <c>new Random(seed)</c>, a's draws first.
/// </summary>
public static class TwoSampleBootstrap
{
    public static Interval MeanDifference(IReadOnlyList<double> a, IReadOnlyList<double> b, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        if (a.Count == 0 || b.Count == 0)
        {
            return Interval.Undefined;
        }

        var random = new Random(seed);
        var replicates = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            replicates[r] = Mean(a, random) - Mean(b, random);
        }

        return Percentile.Interval(replicates, PercentileBootstrap.Level);
    }

    static double Mean(IReadOnlyList<double> values, Random random)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[random.Next(values.Count)];
        }

        return sum / values.Count;
    }
}
