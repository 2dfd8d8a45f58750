using JudgeEval.Engine.Reporting.Html.Charts;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Reporting.Html;

/// <summary>What every section needs: the results, the options and the judges' family colours.</summary>
public sealed class ReportContext(EvalResults results, HtmlReportOptions options)
{
    public EvalResults Results { get; } = results;

    public HtmlReportOptions Options { get; } = options;

    public Families Families { get; } = new(results.Judges);

    /// <summary>The judged task; an unusable run has none, and its report draws only the verdict and the findings.</summary>
    public TaskInfo Task => Results.Task ?? throw new InvalidOperationException("An unusable run has no task to report.");

    public bool IsPairwise { get; } = results.Task?.Kind == TaskKind.Pairwise;

    public bool HasHumanLabels { get; } = results.Items.WithHumanLabel > 0;

    /// <summary>"quadratic weighting", or "unweighted" (never "unweighted weighting").</summary>
    public string Weighting { get; } = results.Task?.Weighting is not { } weighting || weighting == KappaWeighting.Unweighted
        ? "unweighted" : EnumNames.Of(weighting) + " weighting";

    /// <summary>Zero, the run's kappaFail and kappaWarn gates when results.json records them, and the humans' mean pairwise kappa (the ceiling) when measured.</summary>
    public IReadOnlyList<Reference> KappaReferences { get; } =
    [
        Reference.Plain(0),
        .. results.Thresholds is { } t ? new[] { Reference.Fail(t.Value(ThresholdTable.KappaFail)), Reference.Warn(t.Value(ThresholdTable.KappaWarn)) } : [],
        .. results.Humans is { } humans && double.IsFinite(humans.MeanPairwiseKappa) ? new[] { Reference.Ceiling(humans.MeanPairwiseKappa) } : [],
    ];

    /// <summary>Says in words what <see cref="KappaReferences"/> draws.</summary>
    public string KappaReferenceText => (Results.Thresholds is { } t
        ? "reference lines at 0, at kappaFail " + Numbers.Fixed(t.Value(ThresholdTable.KappaFail)) + " (orange: below it a judge fails the gate) and at kappaWarn " + Numbers.Fixed(t.Value(ThresholdTable.KappaWarn)) + " (yellow: below it a warning)"
        : "a reference line at 0")
        + (Results.Humans is { } h && double.IsFinite(h.MeanPairwiseKappa) ? ", and the human ceiling at " + Numbers.Fixed(h.MeanPairwiseKappa) + " (green dots: the annotators' mean pairwise kappa with each other)" : string.Empty);

    readonly Dictionary<string, JudgeResult> judgesById = results.Judges.DistinctBy(j => j.Id).ToDictionary(j => j.Id, StringComparer.Ordinal);

    public JudgeResult? Judge(string id) => judgesById.GetValueOrDefault(id);

    /// <summary>A verdict as a reader says it: pairwise 1 / 1.5 / 2 are "A", "tie", "B"; pointwise the score.</summary>
    public string Verdict(double? value) => value is not { } v ? "missing"
        : !IsPairwise ? Numbers.Fixed(v, v == Math.Round(v) ? 0 : 2)
        : v < 1.25 ? "A" : v > 1.75 ? "B" : "tie";
}
