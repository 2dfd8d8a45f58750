namespace JudgeEval.Engine.Tests.Statistics.Resampling;

/// <summary>A small Cohen's kappa (Cohen 1960) for these tests only: (po - pe) / (1 - pe), NaN when pe = 1.</summary>
static class TestKappa
{
    public static double FromTable(long[,] table)
    {
        var k = table.GetLength(0);
        double n = 0, agree = 0;
        var rows = new double[k];
        var columns = new double[k];
        for (var r = 0; r < k; r++)
        {
            for (var c = 0; c < k; c++)
            {
                n += table[r, c];
                rows[r] += table[r, c];
                columns[c] += table[r, c];
                agree += r == c ? table[r, c] : 0;
            }
        }

        var expected = Enumerable.Range(0, k).Sum(i => rows[i] * columns[i]) / (n * n);
        return expected == 1 ? double.NaN : ((agree / n) - expected) / (1 - expected);
    }

    public static double FromItems(int[] first, int[] second, int[] drawn, int categories)
    {
        var table = new long[categories, categories];
        foreach (var i in drawn)
        {
            table[first[i], second[i]]++;
        }

        return FromTable(table);
    }

    /// <summary>The items a table describes: item i has category pair (first[i], second[i]).</summary>
    public static (int[] First, int[] Second) Items(long[,] table)
    {
        var first = new List<int>();
        var second = new List<int>();
        for (var r = 0; r < table.GetLength(0); r++)
        {
            for (var c = 0; c < table.GetLength(1); c++)
            {
                for (var i = 0; i < table[r, c]; i++)
                {
                    first.Add(r);
                    second.Add(c);
                }
            }
        }

        return ([.. first], [.. second]);
    }
}
