namespace JudgeEval.Engine.Statistics.Classification;

/// <summary>
/// What a confusion table (rows: the reference, e.g. the human label; columns: the rater) says beside kappa: how the
/// reference labels are spread over the categories, the raw (exact) agreement, the raw agreement of a constant
/// predictor that always answers the most frequent reference label, and each category's recall. NaN when the table is
/// empty; a category's recall is NaN when the reference never uses it.
/// </summary>
public static class CategoryRates
{
    public static double[] Prevalence(long[,] table)
    {
        var (rows, n) = RowTotals(table);
        return [.. rows.Select(r => n == 0 ? double.NaN : (double)r / n)];
    }

    public static double RawAccuracy(long[,] table)
    {
        var (_, n) = RowTotals(table);
        var agreed = 0L;
        for (var k = 0; k < table.GetLength(0); k++)
        {
            agreed += table[k, k];
        }

        return n == 0 ? double.NaN : (double)agreed / n;
    }

    /// <summary>max_k prevalence_k: the accuracy of always answering the most frequent reference label.</summary>
    public static double BaselineAccuracy(long[,] table)
    {
        var (rows, n) = RowTotals(table);
        return n == 0 ? double.NaN : (double)rows.Max() / n;
    }

    /// <summary>table[k, k] / row k: on a binary task the true negative rate (category 0) and true positive rate (category 1).</summary>
    public static double[] Recall(long[,] table)
    {
        var (rows, _) = RowTotals(table);
        return [.. rows.Select((r, k) => r == 0 ? double.NaN : (double)table[k, k] / r)];
    }

    static (long[] Rows, long N) RowTotals(long[,] table)
    {
        var k = table.GetLength(0);
        var rows = new long[k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < table.GetLength(1); j++)
            {
                rows[i] += table[i, j];
            }
        }

        return (rows, rows.Sum());
    }
}
