using System.Runtime.CompilerServices;

namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>
/// k x k count tables of two raters, pairwise-complete: an item counts only when both have a verdict.
/// Rows are rater a, columns rater b, both in category order.
/// </summary>
public static class ConfusionMatrix
{
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not one of the categories.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long[,] Build(ReadOnlySpan<double?> a, ReadOnlySpan<double?> b, IReadOnlyList<double> categories)
    {
        CheckSameLength(a.Length, b.Length);
        var lookup = Categories.ToArray(categories);
        var table = new long[lookup.Length, lookup.Length];
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] is { } x && b[i] is { } y)
            {
                table[Categories.Require(lookup, x), Categories.Require(lookup, y)]++;
            }
        }

        return table;
    }

    /// <summary>Table from category codes (see <see cref="Categories.Encode"/>); a negative code is a missing verdict.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long[,] FromCodes(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int k)
    {
        CheckSameLength(a.Length, b.Length);
        var table = new long[k, k];
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] >= 0 && b[i] >= 0)
            {
                table[a[i], b[i]]++;
            }
        }

        return table;
    }

    /// <summary>
    /// Table over a resample: <paramref name="indices"/> lists item positions, repeats allowed (a bootstrap replicate).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long[,] FromCodes(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int k, ReadOnlySpan<int> indices)
    {
        CheckSameLength(a.Length, b.Length);
        var table = new long[k, k];
        foreach (var i in indices)
        {
            if (a[i] >= 0 && b[i] >= 0)
            {
                table[a[i], b[i]]++;
            }
        }

        return table;
    }

    /// <summary>Items counted in the table.</summary>
    public static long Total(long[,] table)
    {
        long n = 0;
        foreach (var count in table)
        {
            n += count;
        }

        return n;
    }

    /// <summary>The table as rows of counts, the shape results.json uses.</summary>
    public static int[][] ToRows(long[,] table)
    {
        var rows = new int[table.GetLength(0)][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new int[table.GetLength(1)];
            for (var j = 0; j < rows[i].Length; j++)
            {
                rows[i][j] = checked((int)table[i, j]);
            }
        }

        return rows;
    }

    internal static void CheckSameLength(int a, int b)
    {
        if (a != b)
        {
            throw new ArgumentException($"Verdict lists must be aligned by item, but have {a} and {b} entries.");
        }
    }
}
