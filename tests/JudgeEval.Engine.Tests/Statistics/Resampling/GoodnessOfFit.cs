using MathNet.Numerics.Distributions;

namespace JudgeEval.Engine.Tests.Statistics.Resampling;

/// <summary>Pearson's chi-square test of observed counts against exact probabilities, pooling sparse outcomes.</summary>
static class GoodnessOfFit
{
    /// <summary>True when the counts are consistent with the probabilities at significance 1e-6 (a false alarm every million runs).</summary>
    public static bool Fits(IReadOnlyDictionary<string, long> observed, IReadOnlyDictionary<string, double> probabilities, long draws, out string detail)
    {
        double chi = 0, pooledExpected = 0, pooledObserved = 0;
        var bins = 0;
        foreach (var (outcome, p) in probabilities)
        {
            var expected = p * draws;
            var seen = observed.GetValueOrDefault(outcome);
            if (expected < 5)
            {
                pooledExpected += expected;
                pooledObserved += seen;
                continue;
            }

            chi += (seen - expected) * (seen - expected) / expected;
            bins++;
        }

        if (pooledExpected > 0)
        {
            chi += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
            bins++;
        }

        var unexpected = observed.Where(o => !probabilities.ContainsKey(o.Key)).Sum(o => o.Value);
        var critical = ChiSquared.InvCDF(bins - 1, 1 - 1e-6);
        detail = $"chi2 = {chi:F1} on {bins - 1} df, critical {critical:F1}, impossible outcomes {unexpected}";
        return unexpected == 0 && chi < critical;
    }
}
