using JudgeEval.Engine.Data;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// The humans' own agreement over the individual annotations: Krippendorff's alpha (ordinal for grades, nominal for
/// pairwise verdicts, as among the judges) and Cohen's kappa of every two annotators with the task's weighting,
/// averaged over the pairs weighted by the items each pair shares. Fractional annotations are rounded to grades with the
/// labels' rounding. Both are measured only when at least <c>minItems</c> items have two or more annotators.
/// </summary>
public static class HumanCeilingAnalyzer
{
    public static HumanCeiling? Analyze(EvalDataset data, AnalysisSettings settings, int minItems)
    {
        if (data.Annotations.Count == 0)
        {
            return null;
        }

        var raters = data.Annotations
            .Select(a => settings.Pairwise ? a.Labels : LabelGrades.Round(a.Labels, settings.Rounding))
            .ToList();
        var perItem = Enumerable.Range(0, data.Items.Count).Select(i => raters.Count(r => r[i].HasValue)).ToArray();
        var several = perItem.Count(n => n >= 2);
        var level = settings.Pairwise ? AlphaLevel.Nominal : AlphaLevel.Ordinal;
        var ceiling = new HumanCeiling
        {
            Annotators = raters.Count,
            Items = perItem.Count(n => n >= 1),
            ItemsWithSeveral = several,
            Consensus = data.Consensus,
            AlphaLevel = level,
            Weighting = settings.Weighting,
        };
        if (several < Math.Max(1, minItems))
        {
            return ceiling;
        }

        var (kappa, pairs) = MeanPairwiseKappa(raters, settings);
        return ceiling with
        {
            Alpha = KrippendorffAlpha.Compute(raters, level, settings.Categories),
            MeanPairwiseKappa = kappa,
            Pairs = pairs,
        };
    }

    /// <summary>Pairs sharing fewer than two items, or with an undefined kappa, are left out.</summary>
    static (double Kappa, int Pairs) MeanPairwiseKappa(List<double?[]> raters, AnalysisSettings settings)
    {
        var codes = raters.Select(r => Categories.Encode(r, settings.Categories)).ToArray();
        double sum = 0, weight = 0;
        var pairs = 0;
        for (var a = 0; a < codes.Length; a++)
        {
            for (var b = a + 1; b < codes.Length; b++)
            {
                var estimate = KappaEstimator.Run(codes[a], codes[b], settings, withInterval: false);
                if (estimate.N < 2 || double.IsNaN(estimate.Kappa))
                {
                    continue;
                }

                sum += estimate.Kappa * estimate.N;
                weight += estimate.N;
                pairs++;
            }
        }

        return (weight == 0 ? double.NaN : sum / weight, pairs);
    }
}
