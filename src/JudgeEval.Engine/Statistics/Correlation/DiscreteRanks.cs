namespace JudgeEval.Engine.Statistics.Correlation;

/// <summary>
/// Average ranks (ties share the mean of the 1-based ranks they span) by counting instead of sorting, for values on a
/// discrete scale: O(n) for n values of k distinct ones. Each rank is (first + last) / 2 of its tie group, a whole or
/// half number, exactly what a sorting ranker (MathNet's RankDefinition.Average) gives.
/// </summary>
public static class DiscreteRanks
{
    /// <summary>More distinct values than this are ranked by sorting (<see cref="OfComplete"/> returns null).</summary>
    public const int MaxDistinct = 64;

    /// <summary>
    /// The average rank of each value <paramref name="values"/> takes where <paramref name="other"/> is present too (the
    /// pairwise-complete items), by value, without a rank per item; null when those values hold NaN or more than
    /// <see cref="MaxDistinct"/> distinct ones.
    /// </summary>
    public static RanksByValue? OfComplete(ReadOnlySpan<double?> values, ReadOnlySpan<double?> other)
    {
        var tally = new Tally();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v && other[i].HasValue && tally.Add(v) < 0)
            {
                return null;
            }
        }

        return new RanksByValue(tally.Slots, tally.Ranks());
    }

    /// <summary>The distinct values seen and how often.</summary>
    sealed class Tally
    {
        readonly long[] counts = new long[MaxDistinct];

        public ValueSlots Slots { get; } = new();

        /// <summary>Counts <paramref name="v"/> and gives its slot; -1 for NaN or one distinct value too many.</summary>
        public int Add(double v)
        {
            var c = Slots.Find(v);
            if (c < 0)
            {
                if (double.IsNaN(v) || Slots.Count == MaxDistinct)
                {
                    return -1;
                }

                c = Slots.Add(v);
            }

            counts[c]++;
            return c;
        }

        /// <summary>Rank of each slot: the mean of the 1-based positions its group spans in sorted order.</summary>
        public double[] Ranks()
        {
            var k = Slots.Count;
            var keys = Slots.Values.ToArray();
            var order = Enumerable.Range(0, k).ToArray();
            order.AsSpan().Sort((a, b) => keys[a].CompareTo(keys[b]));
            var rankOf = new double[k];
            long before = 0;
            foreach (var c in order)
            {
                rankOf[c] = ((2 * before) + counts[c] + 1) / 2.0;
                before += counts[c];
            }

            return rankOf;
        }
    }
}
