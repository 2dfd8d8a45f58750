namespace JudgeEval.Engine.Statistics.Correlation;

/// <summary>
/// Average ranks (ties share the mean of the 1-based ranks they span) by counting instead of sorting, for values on a
/// discrete scale: O(n) for n values of k distinct ones. Each rank is (first + last) / 2 of its tie group, a whole or
/// half number, exactly what a sorting ranker (MathNet's RankDefinition.Average) gives.
/// </summary>
public static class DiscreteRanks
{
    /// <summary>More distinct values than this are ranked by sorting (<see cref="TryAverage"/> returns false).</summary>
    public const int MaxDistinct = 64;

    /// <summary>The average ranks of <paramref name="values"/>; false when they hold NaN or more than <see cref="MaxDistinct"/> distinct values.</summary>
    public static bool TryAverage(ReadOnlySpan<double> values, out double[] ranks)
    {
        ranks = [];
        Span<double> distinct = stackalloc double[MaxDistinct];
        Span<long> counts = stackalloc long[MaxDistinct];
        var k = 0;
        var last = -1;
        var codes = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                return false;
            }

            // Scores come in runs and from a few grades: try the previous grade before searching.
            var c = last >= 0 && distinct[last] == v ? last : Find(distinct[..k], v);
            if (c < 0)
            {
                if (k == MaxDistinct)
                {
                    return false;
                }

                distinct[k] = v;
                c = k++;
            }

            counts[c]++;
            codes[i] = (byte)c;
            last = c;
        }

        // Rank of each distinct value: the mean of the 1-based positions its group spans in sorted order.
        Span<int> order = stackalloc int[k];
        for (var c = 0; c < k; c++)
        {
            order[c] = c;
        }

        var keys = distinct[..k].ToArray();
        order.Sort((a, b) => keys[a].CompareTo(keys[b]));
        Span<double> rankOf = stackalloc double[k];
        long before = 0;
        foreach (var c in order)
        {
            rankOf[c] = ((2 * before) + counts[c] + 1) / 2.0;
            before += counts[c];
        }

        ranks = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            ranks[i] = rankOf[codes[i]];
        }

        return true;
    }

    /// <summary>The slot holding a value equal (==) to <paramref name="v"/>, or -1.</summary>
    static int Find(ReadOnlySpan<double> distinct, double v)
    {
        for (var c = 0; c < distinct.Length; c++)
        {
            if (distinct[c] == v)
            {
                return c;
            }
        }

        return -1;
    }
}
