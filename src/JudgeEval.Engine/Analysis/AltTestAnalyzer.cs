using JudgeEval.Engine.Data;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Applies the alternative annotator test to a judge (or ensemble) against the individual annotations. Scoring follows
/// the task: accuracy when the kappa weighting is unweighted (pairwise verdicts, binary and nominal grades), -RMSE on a
/// weighted, graded scale, as the paper scores categorical and Likert annotations.
/// </summary>
public static class AltTestAnalyzer
{
    /// <summary>Null without at least two named annotators (the test leaves one out and compares with the rest).</summary>
    public static AltTestResult? Analyze(double?[] verdicts, EvalDataset data, AnalysisSettings settings, double epsilon)
    {
        var annotators = Named(data);
        if (annotators.Count < 2)
        {
            return null;
        }

        var scoring = ScoringOf(settings);
        var outcome = AlternativeAnnotatorTest.Run(verdicts, [.. annotators.Select(a => (a.Annotator, (IReadOnlyList<double?>)a.Labels))], scoring, epsilon);
        var tested = outcome.Annotators.Any(a => a.Tested);
        return new AltTestResult
        {
            WinningRate = outcome.WinningRate,
            Passed = tested ? outcome.Passed : null,
            AdvantageProbability = outcome.AdvantageProbability,
            Epsilon = epsilon,
            Fdr = AlternativeAnnotatorTest.Fdr,
            MinItems = AlternativeAnnotatorTest.MinItems,
            Items = outcome.Items,
            Scoring = scoring,
            PerAnnotator = outcome.Annotators,
        };
    }

    public static AltTestScoring ScoringOf(AnalysisSettings settings) =>
        settings.Weighting == KappaWeighting.Unweighted ? AltTestScoring.Accuracy : AltTestScoring.NegativeRmse;

    /// <summary>Annotators with a name and at least one label: unnamed labels cannot be told apart, so they take no part.</summary>
    static List<AnnotatorLabels> Named(EvalDataset data) =>
        [.. data.Annotations.Where(a => a.Annotator.Length > 0 && a.Labels.Any(l => l.HasValue))];
}
