namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>
/// The two sums Fleiss' kappa and Gwet's AC1/AC2 share (Gwet 2014, ch. 2 and 5), with missing ratings:
/// p_a = (1 / n2) sum_{i: r_i >= 2} sum_k r_ik (r*_ik - 1) / (r_i (r_i - 1)), r*_ik = sum_l w_kl r_il,
/// and pi_k = (1 / n1) sum_{i: r_i >= 1} r_ik / r_i; n2 counts items with at least two ratings, n1 with at least one.
/// Items nobody rated are left out entirely. Raters are passed as raters[r][item], aligned by item, null where missing;
/// categories in the task's order.
/// </summary>
internal static class MultiRaterAgreement
{
    internal readonly record struct Sums(double PercentAgreement, double[] Prevalence, int RatedTwice);

    public static Sums Accumulate(IReadOnlyList<double?[]> raters, IReadOnlyList<double> categories, double[,] weights)
    {
        var tally = new UnitTally(raters, categories);
        KappaWeights.CheckShape(weights, tally.CategoryCount, nameof(weights));
        var prevalence = new double[tally.CategoryCount];
        var agreement = 0.0;
        int rated = 0, ratedTwice = 0;
        for (var unit = 0; unit < tally.Units; unit++)
        {
            tally.Load(unit);
            double r = tally.Total;
            if (r < 1)
            {
                continue;
            }

            rated++;
            foreach (var k in tally.Present)
            {
                prevalence[k] += tally.Count(k) / r;
            }

            if (r < 2)
            {
                continue;
            }

            ratedTwice++;
            var unitAgreement = 0.0;
            foreach (var k in tally.Present)
            {
                var weighted = 0.0;
                foreach (var l in tally.Present)
                {
                    weighted += weights[k, l] * tally.Count(l);
                }

                unitAgreement += tally.Count(k) * (weighted - 1);
            }

            agreement += unitAgreement / (r * (r - 1));
        }

        for (var k = 0; k < prevalence.Length; k++)
        {
            prevalence[k] = rated == 0 ? double.NaN : prevalence[k] / rated;
        }

        return new Sums(ratedTwice == 0 ? double.NaN : agreement / ratedTwice, prevalence, ratedTwice);
    }

    /// <summary>(p_a - p_e) / (1 - p_e); NaN when either is undefined or chance agreement is total.</summary>
    public static double ChanceCorrected(double agreement, double chance) =>
        double.IsNaN(agreement) || double.IsNaN(chance) || 1 - chance < 1e-12 ? double.NaN : (agreement - chance) / (1 - chance);
}
