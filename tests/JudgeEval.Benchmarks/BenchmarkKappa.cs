namespace JudgeEval.Benchmarks;

/// <summary>Cohen's kappa of a square table, the categorical statistic the benchmarks resample.</summary>
static class BenchmarkKappa
{
    public static double Of(long[,] table)
    {
        var k = table.GetLength(0);
        double n = 0, agree = 0, chance = 0;
        Span<double> rows = stackalloc double[k];
        Span<double> columns = stackalloc double[k];
        for (var r = 0; r < k; r++)
        {
            for (var c = 0; c < k; c++)
            {
                n += table[r, c];
                rows[r] += table[r, c];
                columns[c] += table[r, c];
            }

            agree += table[r, r];
        }

        for (var i = 0; i < k; i++)
        {
            chance += rows[i] * columns[i];
        }

        chance /= n * n;
        return chance == 1 ? double.NaN : ((agree / n) - chance) / (1 - chance);
    }
}
