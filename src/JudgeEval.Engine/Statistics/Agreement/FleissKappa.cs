namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>
/// Fleiss' (1971) kappa for any number of raters, in Gwet's (2014) generalisation to missing ratings:
/// kappa = (p_a - p_e) / (1 - p_e) with p_e = sum_kl w_kl pi_k pi_l (unweighted: sum_k pi_k^2), where p_a averages
/// each item's pairwise agreement over items with at least two ratings (per-item r_i) and pi_k is the mean
/// share of category k per item over items with at least one rating. With every item rated by all raters this is
/// exactly Fleiss (1971). NaN when no item has two ratings or all ratings fall in one category.
/// </summary>
public static class FleissKappa
{
    public static double Compute(IReadOnlyList<double?[]> raters, IReadOnlyList<double> categories) =>
        Compute(raters, categories, KappaWeights.Create(KappaWeighting.Unweighted, Math.Max(1, categories.Count)));

    /// <summary>Weighted form (Gwet 2014): partial credit w_kl both in the observed and in the chance agreement.</summary>
    public static double Compute(IReadOnlyList<double?[]> raters, IReadOnlyList<double> categories, double[,] weights)
    {
        var sums = MultiRaterSums.Accumulate(raters, categories, weights);
        var pi = sums.Prevalence;
        var chance = 0.0;
        for (var k = 0; k < pi.Length; k++)
        {
            for (var l = 0; l < pi.Length; l++)
            {
                chance += weights[k, l] * pi[k] * pi[l];
            }
        }

        return MultiRaterSums.ChanceCorrected(sums.PercentAgreement, chance);
    }
}
