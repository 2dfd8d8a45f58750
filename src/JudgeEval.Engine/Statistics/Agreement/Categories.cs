using System.Runtime.CompilerServices;

namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>
/// Maps verdict values to category positions 0..k-1. Values are compared exactly: they are grades or
/// First/Tie/Second (1, 1.5, 2), all exactly representable, so no tolerance is needed or wanted.
/// </summary>
public static class Categories
{
    /// <summary>Position of <paramref name="value"/> in <paramref name="categories"/>, or -1 when it is not a category.</summary>
    public static int IndexOf(IReadOnlyList<double> categories, double value)
    {
        for (var i = 0; i < categories.Count; i++)
        {
            if (categories[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Category position of every value, -1 where the value is missing. Encode once, then resample the codes
    /// (see <see cref="ConfusionMatrix.FromCodes(ReadOnlySpan{int}, ReadOnlySpan{int}, int, ReadOnlySpan{int})"/>)
    /// instead of re-mapping values in every bootstrap replicate.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not one of the categories (the dataset builder rejects those first).</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Encode(ReadOnlySpan<double?> values, IReadOnlyList<double> categories)
    {
        var lookup = ToArray(categories);
        var codes = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            codes[i] = values[i] is { } v ? Require(lookup, v) : -1;
        }

        return codes;
    }

    internal static double[] ToArray(IReadOnlyList<double> categories)
    {
        var array = new double[categories.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = categories[i];
        }

        return array;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Require(double[] categories, double value)
    {
        // Integer grades min..max sit at value - min: one comparison instead of a scan.
        var guess = categories.Length == 0 ? -1 : (int)(value - categories[0]);
        if ((uint)guess < (uint)categories.Length && categories[guess] == value)
        {
            return guess;
        }

        for (var i = 0; i < categories.Length; i++)
        {
            if (categories[i] == value)
            {
                return i;
            }
        }

        return NotACategory(value);
    }

    static int NotACategory(double value) =>
        throw new ArgumentOutOfRangeException(nameof(value), value, "The value is not one of the task's categories.");
}
