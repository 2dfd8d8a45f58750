using System.Runtime.CompilerServices;

namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>
/// The two sums Fleiss' kappa and Gwet's AC1/AC2 share (Gwet 2014, ch. 2 and 5), with missing ratings:
/// p_a = (1 / n2) sum_{i: r_i >= 2} sum_k r_ik (r*_ik - 1) / (r_i (r_i - 1)), r*_ik = sum_l w_kl r_il,
/// and pi_k = (1 / n1) sum_{i: r_i >= 1} r_ik / r_i; n2 counts items with at least two ratings, n1 with at least one.
/// Items nobody rated are left out entirely. Raters are passed as raters[r][item], aligned by item, null where missing;
/// categories in the task's order.
/// </summary>
internal static class MultiRaterSums
{
    internal readonly record struct Sums(double PercentAgreement, double[] Prevalence, int RatedTwice);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Sums Accumulate(IReadOnlyList<double?[]> raters, IReadOnlyList<double> categories, double[,] weights)
    {
        var aligned = UnitTally.Aligned(raters, out var units);
        var lookup = Categories.ToArray(categories);
        var k = lookup.Length;
        KappaWeights.CheckShape(weights, k, nameof(weights));
        var prevalence = new double[k];
        Span<int> counts = new int[k];
        Span<int> present = new int[Math.Max(1, Math.Min(aligned.Length, k))];
        var agreement = 0.0;
        int rated = 0, ratedTwice = 0;
        for (var unit = 0; unit < units; unit++)
        {
            double r = UnitTally.Load(aligned, lookup, unit, counts, present, out var used);
            var categoriesUsed = present[..used];
            if (r >= 1)
            {
                rated++;
                foreach (var c in categoriesUsed)
                {
                    prevalence[c] += counts[c] / r;
                }
            }

            if (r >= 2)
            {
                ratedTwice++;
                var unitAgreement = 0.0;
                foreach (var c in categoriesUsed)
                {
                    var weighted = 0.0;
                    foreach (var d in categoriesUsed)
                    {
                        weighted += weights[c, d] * counts[d];
                    }

                    unitAgreement += counts[c] * (weighted - 1);
                }

                agreement += unitAgreement / (r * (r - 1));
            }

            UnitTally.Clear(counts, categoriesUsed);
        }

        for (var c = 0; c < k; c++)
        {
            prevalence[c] = rated == 0 ? double.NaN : prevalence[c] / rated;
        }

        return new Sums(ratedTwice == 0 ? double.NaN : agreement / ratedTwice, prevalence, ratedTwice);
    }

    /// <summary>(p_a - p_e) / (1 - p_e); NaN when either is undefined or chance agreement is total.</summary>
    public static double ChanceCorrected(double agreement, double chance) =>
        double.IsNaN(agreement) || double.IsNaN(chance) || 1 - chance < 1e-12 ? double.NaN : (agreement - chance) / (1 - chance);
}
