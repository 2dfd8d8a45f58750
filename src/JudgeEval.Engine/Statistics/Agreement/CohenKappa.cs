namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>
/// Cohen's kappa for two raters: unweighted (Cohen 1960) or weighted (Cohen 1968), in the agreement-weight form
/// kappa = (p_o - p_e) / (1 - p_e) with p_o = sum_ij w_ij p_ij and p_e = sum_ij w_ij p_i. p_.j, where p are the
/// table's proportions and the chance term uses each rater's own marginals.
/// NaN when the table is empty or when chance agreement is (numerically) total, 1 - p_e below 1e-12,
/// e.g. both raters always give the same single category.
/// </summary>
public static class CohenKappa
{
    const double Degenerate = 1e-12;

    public static double FromTable(long[,] table, double[,] weights)
    {
        var k = table.GetLength(0);
        if (table.GetLength(1) != k)
        {
            throw new ArgumentException("A confusion table is square.", nameof(table));
        }

        KappaWeights.CheckShape(weights, k, nameof(weights));
        var n = ConfusionMatrix.Total(table);
        if (n == 0)
        {
            return double.NaN;
        }

        Span<double> rows = k <= 64 ? stackalloc double[k] : new double[k];
        Span<double> columns = k <= 64 ? stackalloc double[k] : new double[k];
        rows.Clear();
        columns.Clear();
        var observed = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                double p = table[i, j] / (double)n;
                rows[i] += p;
                columns[j] += p;
                observed += weights[i, j] * p;
            }
        }

        var chance = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                chance += weights[i, j] * rows[i] * columns[j];
            }
        }

        return 1 - chance < Degenerate ? double.NaN : (observed - chance) / (1 - chance);
    }

    /// <summary>Kappa over items where both raters have a verdict (pairwise-complete), via <see cref="ConfusionMatrix.Build"/>.</summary>
    public static double Compute(ReadOnlySpan<double?> a, ReadOnlySpan<double?> b, IReadOnlyList<double> categories, double[,] weights) =>
        FromTable(ConfusionMatrix.Build(a, b, categories), weights);
}
