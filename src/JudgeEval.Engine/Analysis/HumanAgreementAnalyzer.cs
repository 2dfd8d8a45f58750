using JudgeEval.Engine.Data;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Classification;
using JudgeEval.Engine.Statistics.Correlation;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// A judge's (or ensemble's) agreement with the human labels over the items where both exist. Pairwise verdicts are
/// mapped so that "output 1 wins" is the positive class for precision, recall and F1; accuracy then counts a tie
/// (the two orders disagreed) as half right, as the position-bias accuracies do. The categorical statistics (kappa,
/// the confusion table, accuracy, precision, recall, F1) read the labels rounded to grades; bias and the correlations
/// read the exact labels.
/// </summary>
public static class HumanAgreementAnalyzer
{
    /// <param name="verdicts">The judge's verdict per item.</param>
    /// <param name="human">The exact human labels.</param>
    /// <param name="settings">The run's settings.</param>
    /// <param name="grades">The human labels rounded to grades; the exact labels when null (they are grades already).</param>
    public static HumanAgreement? Analyze(double?[] verdicts, double?[] human, AnalysisSettings settings, double?[]? grades = null)
    {
        if (!human.Any(h => h.HasValue))
        {
            return null;
        }

        grades ??= human;
        var codesJudge = Categories.Encode(verdicts, settings.Categories);
        var codesHuman = settings.CodesOf(grades);
        // Kappa and Gwet's AC from one set of bootstrap draws (each interval is what its own bootstrap would give).
        var estimates = KappaEstimator.Estimates(codesHuman, codesJudge, settings, [t => CohenKappa.FromTable(t, settings.Weights), t => GwetAc.FromTable(t, settings.Weights)]);
        var (kappa, gwet) = (estimates[0], estimates[1]);
        var binary = settings.Pairwise
            ? BinaryClassification.AtThreshold(FirstWins(verdicts), FirstWins(grades), 2)
            : BinaryClassification.AtThreshold(verdicts, grades, settings.PassThreshold);

        return new HumanAgreement
        {
            N = kappa.N,
            Kappa = kappa.Kappa,
            KappaCi95 = kappa.Ci95,
            Weighting = settings.Weighting,
            Band = LandisKoch.Band(kappa.Kappa),
            Spearman = RankCorrelation.Spearman(verdicts, human),
            Pearson = RankCorrelation.Pearson(verdicts, human),
            Accuracy = settings.Pairwise ? PositionBiasAnalyzer.Accuracy(verdicts, grades) : binary.Accuracy,
            Precision = binary.Precision,
            Recall = binary.Recall,
            F1 = binary.F1,
            Bias = DirectionalBias.MeanDifference(verdicts, human),
            Confusion = ToJagged(kappa.Table),
            Prevalence = CategoryRates.Prevalence(kappa.Table),
            RawAccuracy = CategoryRates.RawAccuracy(kappa.Table),
            BaselineAccuracy = CategoryRates.BaselineAccuracy(kappa.Table),
            GwetAc = gwet.Kappa,
            GwetAcCi95 = gwet.Ci95,
            CategoryRecall = CategoryRates.Recall(kappa.Table),
            LabelRounding = settings.Pairwise ? null : settings.Rounding,
        };
    }

    /// <summary>Pairwise verdicts on [1, 2] turned around (3 - v) so "output 1 wins" is the only value at or above 2.</summary>
    static double?[] FirstWins(double?[] verdicts) => [.. verdicts.Select(v => 3 - v)];

    static int[][] ToJagged(long[,] table) =>
        [.. Enumerable.Range(0, table.GetLength(0)).Select(r => Enumerable.Range(0, table.GetLength(1)).Select(c => (int)table[r, c]).ToArray())];
}
