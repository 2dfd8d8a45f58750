namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>
/// Gwet's AC1 (unweighted) and AC2 (weighted) for any number of raters with missing ratings (Gwet 2008; 2014):
/// AC = (p_a - p_e) / (1 - p_e), p_e = T_w / (q (q - 1)) sum_k pi_k (1 - pi_k), T_w = sum_kl w_kl (T_w = q for AC1).
/// p_a and pi_k as in <see cref="FleissKappa"/>. q is the number of the task's categories, used or not: it is the
/// choice the raters had (irrCAC's categ.labels). NaN when fewer than two categories or no item has two ratings.
/// Unlike kappa, AC1 stays defined (= 1) when every rating is the same category.
/// </summary>
public static class GwetAc
{
    public static double Ac1(IReadOnlyList<double?[]> raters, IReadOnlyList<double> categories) =>
        Ac2(raters, categories, KappaWeights.Create(KappaWeighting.Unweighted, Math.Max(1, categories.Count)));

    public static double Ac2(IReadOnlyList<double?[]> raters, IReadOnlyList<double> categories, double[,] weights)
    {
        var q = categories.Count;
        if (q < 2)
        {
            return double.NaN;
        }

        var sums = MultiRaterSums.Accumulate(raters, categories, weights);
        var weightTotal = 0.0;
        foreach (var w in weights)
        {
            weightTotal += w;
        }

        var spread = 0.0;
        foreach (var p in sums.Prevalence)
        {
            spread += p * (1 - p);
        }

        return MultiRaterSums.ChanceCorrected(sums.PercentAgreement, weightTotal * spread / (q * (q - 1.0)));
    }

    /// <summary>
    /// Two raters from their k x k table of counts (rows rater A, columns rater B; pairwise-complete items only):
    /// p_a = sum_kl w_kl p_kl, pi_k = (p_k. + p_.k) / 2, p_e as above with q = k. Equal to <see cref="Ac2"/> on the
    /// same two complete raters; from the table, so a bootstrap can redraw the cells (<see cref="Resampling.PercentileBootstrap.Cells"/>).
    /// NaN for an empty table or fewer than two categories.
    /// </summary>
    public static double FromTable(long[,] table, double[,] weights)
    {
        var q = table.GetLength(0);
        KappaWeights.CheckShape(weights, q, nameof(weights));
        var n = ConfusionMatrix.Total(table);
        if (q < 2 || n == 0)
        {
            return double.NaN;
        }

        var agreement = 0.0;
        var weightTotal = 0.0;
        var spread = 0.0;
        for (var k = 0; k < q; k++)
        {
            var margins = 0.0;
            for (var l = 0; l < q; l++)
            {
                agreement += weights[k, l] * table[k, l] / n;
                weightTotal += weights[k, l];
                margins += table[k, l] + table[l, k];
            }

            var pi = margins / (2.0 * n);
            spread += pi * (1 - pi);
        }

        return MultiRaterSums.ChanceCorrected(agreement, weightTotal * spread / (q * (q - 1.0)));
    }
}
