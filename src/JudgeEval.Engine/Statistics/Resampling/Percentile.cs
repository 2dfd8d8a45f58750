namespace JudgeEval.Engine.Statistics.Resampling;

/// <summary>
/// Quantiles of bootstrap replicates. The definition is Hyndman and Fan's type 7 (linear interpolation between
/// order statistics at h = (m - 1) * p, 0-based), the default of R's quantile() and NumPy's percentile().
/// </summary>
public static class Percentile
{
    /// <summary>
    /// NaN replicates (resamples on which the statistic is undefined) are left out; when more than this share of
    /// them is NaN the interval is undefined, because the remaining replicates describe a conditional distribution.
    /// </summary>
    public const double MaxUndefinedShare = 0.05;

    /// <summary>The equal-tailed interval at <paramref name="level"/> (e.g. 0.95: the 2.5% and 97.5% quantiles).</summary>
    public static Interval Interval(ReadOnlySpan<double> replicates, double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level must lie strictly between 0 and 1.");
        }

        var valid = Defined(replicates);
        if (valid is null || valid.Length < 2)
        {
            return Resampling.Interval.Undefined;
        }

        Array.Sort(valid);
        var tail = (1 - level) / 2;
        return new Interval(QuantileOfSorted(valid, tail), QuantileOfSorted(valid, 1 - tail));
    }

    /// <summary>Type 7 quantile of values already sorted ascending; NaN when there are none.</summary>
    public static double QuantileOfSorted(ReadOnlySpan<double> sorted, double probability)
    {
        if (sorted.IsEmpty || !(probability >= 0 && probability <= 1))
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * probability;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        var fraction = h - below;
        return fraction == 0 ? sorted[below] : sorted[below] + (fraction * (sorted[above] - sorted[below]));
    }

    static double[]? Defined(ReadOnlySpan<double> replicates)
    {
        if (replicates.IsEmpty)
        {
            return null;
        }

        var undefined = 0;
        foreach (var value in replicates)
        {
            if (double.IsNaN(value))
            {
                undefined++;
            }
        }

        if (undefined > MaxUndefinedShare * replicates.Length)
        {
            return null;
        }

        var valid = new double[replicates.Length - undefined];
        var next = 0;
        foreach (var value in replicates)
        {
            if (!double.IsNaN(value))
            {
                valid[next++] = value;
            }
        }

        return valid;
    }
}
