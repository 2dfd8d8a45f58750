namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Verdicts as category indices (-1 = missing), so resampled statistics build confusion tables from ints
/// instead of re-matching doubles on every replicate.
/// </summary>
public static class CategoryCodes
{
    public static int[] Encode(IReadOnlyList<double?> values, IReadOnlyList<double> categories)
    {
        var codes = new int[values.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = values[i] is { } v ? IndexOf(categories, v) : -1;
        }

        return codes;
    }

    /// <summary>The k x k table of the given items (rows a, columns b), skipping items missing on either side.</summary>
    public static long[,] Table(int[] a, int[] b, int k, IReadOnlyList<int> items)
    {
        var table = new long[k, k];
        foreach (var i in items)
        {
            if (a[i] >= 0 && b[i] >= 0)
            {
                table[a[i], b[i]]++;
            }
        }

        return table;
    }

    /// <summary>Indices of the items both sides rated.</summary>
    public static int[] Complete(int[] a, int[] b) => [.. Enumerable.Range(0, a.Length).Where(i => a[i] >= 0 && b[i] >= 0)];

    static int IndexOf(IReadOnlyList<double> categories, double value)
    {
        for (var c = 0; c < categories.Count; c++)
        {
            if (categories[c] == value)
            {
                return c;
            }
        }

        return -1;
    }
}
