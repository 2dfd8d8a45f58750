using JudgeEval.Engine.Data;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Agreement among the judges: Cohen's kappa for every pair (task weighting, pairwise-complete items) and the
/// multi-rater coefficients over all judges at once (Krippendorff's alpha ordinal for grades, nominal for pairwise).
/// </summary>
public static class InterJudgeAnalyzer
{
    public static List<PairAgreement> Pairs(EvalDataset data, AnalysisSettings settings)
    {
        var codes = data.Judges.Select(j => Categories.Encode(j.Scores, settings.Categories)).ToArray();
        var pairs = new List<PairAgreement>();
        for (var a = 0; a < codes.Length; a++)
        {
            for (var b = a + 1; b < codes.Length; b++)
            {
                var estimate = KappaEstimator.Run(codes[a], codes[b], settings, withInterval: false);
                pairs.Add(new PairAgreement(data.Judges[a].JudgeId, data.Judges[b].JudgeId, estimate.N, estimate.Kappa));
            }
        }

        return pairs;
    }

    public static MultiRaterAgreement? MultiRater(EvalDataset data, AnalysisSettings settings)
    {
        if (data.Judges.Count < 2)
        {
            return null;
        }

        var raters = data.Judges.Select(j => j.Scores).ToList();
        var level = settings.Pairwise ? AlphaLevel.Nominal : AlphaLevel.Ordinal;
        var rated = RatedByTwo(raters, data.Items.Count);
        var gwet = settings.Weighting == KappaWeighting.Unweighted
            ? GwetAc.Ac1(raters, settings.Categories)
            : GwetAc.Ac2(raters, settings.Categories, settings.Weights);
        return new MultiRaterAgreement(
            rated,
            raters.Count,
            FleissKappa.Compute(raters, settings.Categories),
            KrippendorffAlpha.Compute(raters, level),
            level,
            gwet);
    }

    /// <summary>Items with verdicts from at least two raters.</summary>
    static int RatedByTwo(List<double?[]> raters, int items)
    {
        var rated = 0;
        for (var i = 0; i < items; i++)
        {
            var n = 0;
            for (var r = 0; r < raters.Count && n < 2; r++)
            {
                n += raters[r][i].HasValue ? 1 : 0;
            }

            rated += n >= 2 ? 1 : 0;
        }

        return rated;
    }
}
