using System.Runtime.CompilerServices;

namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>
/// How many raters put one unit (item) in each category. The caller owns the buffers and reuses them from unit to
/// unit, so a pass over a million items allocates nothing per item; only categories used in the unit are visited.
/// </summary>
internal static class UnitTally
{
    /// <summary>The raters as an array, checked to be aligned by item; <paramref name="units"/> is their common length.</summary>
    public static double?[][] Aligned(IReadOnlyList<double?[]> raters, out int units)
    {
        double?[][] aligned = [.. raters];
        units = aligned.Length == 0 ? 0 : aligned[0].Length;
        foreach (var rater in aligned)
        {
            ConfusionMatrix.CheckSameLength(units, rater.Length);
        }

        return aligned;
    }

    /// <summary>
    /// Counts unit <paramref name="unit"/> into <paramref name="counts"/> (all zero on entry, left zero again only at
    /// positions in <paramref name="present"/> by <see cref="Clear"/>), lists the distinct categories used in
    /// <paramref name="present"/>[0..presentCount) and returns the number of ratings (r_i, Krippendorff's m_u).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Load(double?[][] raters, double[] categories, int unit, Span<int> counts, Span<int> present, out int presentCount)
    {
        var total = 0;
        presentCount = 0;
        foreach (var rater in raters)
        {
            if (rater[unit] is { } value)
            {
                var c = Categories.Require(categories, value);
                if (counts[c]++ == 0)
                {
                    present[presentCount++] = c;
                }

                total++;
            }
        }

        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Clear(Span<int> counts, ReadOnlySpan<int> present)
    {
        foreach (var c in present)
        {
            counts[c] = 0;
        }
    }
}
