namespace JudgeEval.Engine.Statistics.Correlation;

/// <summary>
/// Slot numbers for up to <see cref="DiscreteRanks.MaxDistinct"/> distinct values, equal meaning ==: a grade (a whole or
/// half number from 0 to 127.5, what scales hold) is found by indexing, any other value by comparing with each.
/// </summary>
sealed class ValueSlots
{
    const int Direct = 256;

    readonly double[] values = new double[DiscreteRanks.MaxDistinct];
    // Slot + 1 of each grade by twice its value; 0 for none.
    readonly byte[] byTwice = new byte[Direct];

    public int Count { get; private set; }

    public ReadOnlySpan<double> Values => values.AsSpan(0, Count);

    /// <summary>The slot of a value equal to <paramref name="v"/>, or -1.</summary>
    public int Find(double v)
    {
        if (DirectIndex(v) is var direct and >= 0)
        {
            return byTwice[direct] - 1;
        }

        for (var c = 0; c < Count; c++)
        {
            if (values[c] == v)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>Adds <paramref name="v"/>, which <see cref="Find"/> does not find, and gives its slot.</summary>
    public int Add(double v)
    {
        var c = Count++;
        values[c] = v;
        if (DirectIndex(v) is var direct and >= 0)
        {
            byTwice[direct] = (byte)(c + 1);
        }

        return c;
    }

    /// <summary>Twice a grade, its index in <see cref="byTwice"/>; -1 for any other value.</summary>
    static int DirectIndex(double v)
    {
        var twice = v * 2;
        return twice is >= 0 and < Direct && (int)twice == twice ? (int)twice : -1;
    }
}
