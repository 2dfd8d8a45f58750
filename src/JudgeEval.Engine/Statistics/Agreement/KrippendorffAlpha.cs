using System.Runtime.CompilerServices;

namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>
/// Krippendorff's alpha via the coincidence matrix (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011):
/// o_ck = sum_u (number of c-k pairs of values in unit u) / (m_u - 1) over units with m_u >= 2 values
/// (units with fewer are dropped), n_c = sum_k o_ck, n = sum_c n_c, and
/// alpha = 1 - (n - 1) sum_ck o_ck delta^2_ck / sum_ck n_c n_k delta^2_ck.
/// NaN when no unit has two values or the expected disagreement is zero (a single value throughout).
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>Alpha over the distinct values that occur (their numeric order for ordinal, their values for interval).</summary>
    public static double Compute(IReadOnlyList<double?[]> raters, AlphaLevel level) => Compute(raters, level, DistinctValues(raters));

    /// <summary>
    /// Alpha with the task's categories given (faster: no pass to find the values). Unused categories have n_g = 0
    /// and change nothing, so this equals the overload without categories whenever the categories are in
    /// increasing order (ordinal ranks follow the list order).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Compute(IReadOnlyList<double?[]> raters, AlphaLevel level, IReadOnlyList<double> categories)
    {
        var aligned = UnitTally.Aligned(raters, out var units);
        var lookup = Categories.ToArray(categories);
        var k = lookup.Length;
        var coincidences = new double[k, k];
        Span<int> counts = new int[k];
        Span<int> present = new int[Math.Max(1, Math.Min(aligned.Length, k))];
        for (var unit = 0; unit < units; unit++)
        {
            double m = UnitTally.Load(aligned, lookup, unit, counts, present, out var used);
            var values = present[..used];
            if (m >= 2)
            {
                foreach (var c in values)
                {
                    foreach (var d in values)
                    {
                        coincidences[c, d] += counts[c] * (counts[d] - (c == d ? 1.0 : 0.0)) / (m - 1);
                    }
                }
            }

            UnitTally.Clear(counts, values);
        }

        var marginals = new double[k];
        var n = 0.0;
        for (var c = 0; c < k; c++)
        {
            for (var d = 0; d < k; d++)
            {
                marginals[c] += coincidences[c, d];
            }

            n += marginals[c];
        }

        if (n < 2)
        {
            return double.NaN;
        }

        var delta = Metric(level, categories, marginals);
        double observed = 0, expected = 0;
        for (var c = 0; c < k; c++)
        {
            for (var d = 0; d < k; d++)
            {
                observed += coincidences[c, d] * delta[c, d];
                expected += marginals[c] * marginals[d] * delta[c, d];
            }
        }

        return expected <= 0 ? double.NaN : 1 - ((n - 1) * observed / expected);
    }

    static double[,] Metric(AlphaLevel level, IReadOnlyList<double> values, double[] marginals)
    {
        var k = values.Count;
        var delta = new double[k, k];
        var cumulative = new double[k + 1];
        for (var g = 0; g < k; g++)
        {
            cumulative[g + 1] = cumulative[g] + marginals[g];
        }

        for (var c = 0; c < k; c++)
        {
            for (var d = 0; d < k; d++)
            {
                if (c == d)
                {
                    continue;
                }

                delta[c, d] = level switch
                {
                    AlphaLevel.Nominal => 1.0,
                    AlphaLevel.Interval => (values[c] - values[d]) * (values[c] - values[d]),
                    _ => Square(cumulative[Math.Max(c, d) + 1] - cumulative[Math.Min(c, d)] - ((marginals[c] + marginals[d]) / 2)),
                };
            }
        }

        return delta;
    }

    static double Square(double x) => x * x;

    static double[] DistinctValues(IReadOnlyList<double?[]> raters)
    {
        var values = new HashSet<double>();
        foreach (var rater in raters)
        {
            foreach (var value in rater)
            {
                if (value is { } v)
                {
                    values.Add(v);
                }
            }
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
