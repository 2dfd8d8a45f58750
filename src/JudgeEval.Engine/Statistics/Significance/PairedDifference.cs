using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Statistics.Significance;

/// <summary>
/// The mean of paired differences (a judge's value minus the reference's on the same item) with its 95% percentile
/// bootstrap interval and a sign-flip p-value, each drawn from the same seed: how self-preference and length bias
/// compare a judge's preference rate with the humans' on the same pairs. The interval resamples items, or the
/// clusters of <c>clusterOf</c> (one entry per difference) when given; fewer than 2 differences give no interval.
/// </summary>
public readonly record struct PairedDifference(int N, double Mean, Interval Ci95, double PValue)
{
    public static PairedDifference Of(IReadOnlyList<double> judge, IReadOnlyList<double> reference, int resamples, int seed, IReadOnlyList<int>? clusterOf = null)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(reference);
        var differences = judge.Zip(reference, (j, r) => j - r).ToArray();
        var ci = differences.Length < 2
            ? Interval.Undefined
            : clusterOf is not null
                ? PercentileBootstrap.Clusters(clusterOf, drawn => drawn.Length == 0 ? double.NaN : drawn.Average(d => differences[d]), resamples, seed)
                : PercentileBootstrap.Items(differences.Length, drawn => drawn.Average(d => differences[d]), resamples, seed);
        return new(differences.Length, differences.Length == 0 ? double.NaN : differences.Average(), ci, SignFlipTest.PValue(differences, seed));
    }
}
