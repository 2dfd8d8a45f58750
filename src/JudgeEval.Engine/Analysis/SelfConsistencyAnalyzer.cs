using JudgeEval.Engine.Data;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// A judge against itself across repeated samples of the same items: Krippendorff's alpha with the samples as raters
/// (ordinal for grades, nominal for pairwise verdicts, as among judges), the flip rate, and the mean Cohen's kappa over
/// every pair of samples (the convention of published intra-judge studies). Null when the judge has no repeats.
/// </summary>
public static class SelfConsistencyAnalyzer
{
    public static SelfConsistency? Analyze(JudgeRatings ratings, AnalysisSettings settings)
    {
        if (!ratings.HasRepeats)
        {
            return null;
        }

        var samples = ratings.AllSamples;
        var items = 0;
        var valid = 0L;
        var flips = 0;
        for (var i = 0; i < ratings.Expected; i++)
        {
            double? first = null;
            var count = 0;
            var flipped = false;
            foreach (var sample in samples)
            {
                if (sample[i] is not { } v)
                {
                    continue;
                }

                count++;
                first ??= v;
                flipped |= v != first;
            }

            if (count >= 2)
            {
                items++;
                valid += count;
                flips += flipped ? 1 : 0;
            }
        }

        var level = settings.Pairwise ? AlphaLevel.Nominal : AlphaLevel.Ordinal;
        return new SelfConsistency
        {
            Items = items,
            Samples = items == 0 ? double.NaN : (double)valid / items,
            Alpha = KrippendorffAlpha.Compute(samples, level, settings.Categories),
            AlphaLevel = level,
            FlipRate = items == 0 ? double.NaN : (double)flips / items,
            MeanPairwiseKappa = MeanPairwiseKappa(samples, settings),
        };
    }

    static double MeanPairwiseKappa(IReadOnlyList<double?[]> samples, AnalysisSettings settings)
    {
        var codes = samples.Select(s => Categories.Encode(s, settings.Categories)).ToArray();
        var kappas = new List<double>();
        for (var a = 0; a < codes.Length; a++)
        {
            for (var b = a + 1; b < codes.Length; b++)
            {
                var kappa = KappaEstimator.Run(codes[a], codes[b], settings, withInterval: false).Kappa;
                if (!double.IsNaN(kappa))
                {
                    kappas.Add(kappa);
                }
            }
        }

        return kappas.Count == 0 ? double.NaN : kappas.Average();
    }
}
