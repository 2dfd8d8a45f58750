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
}
