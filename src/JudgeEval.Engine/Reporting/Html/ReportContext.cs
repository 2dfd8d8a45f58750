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

    public bool IsPairwise { get; } = results.Task.Kind == TaskKind.Pairwise;

    public bool HasHumanLabels { get; } = results.Items.WithHumanLabel > 0;

    /// <summary>"quadratic weighting", or "unweighted" (never "unweighted weighting").</summary>
    public string Weighting { get; } = results.Task.Weighting == KappaWeighting.Unweighted
        ? "unweighted" : EnumNames.Of(results.Task.Weighting) + " weighting";

    /// <summary>Zero, and the run's kappaFail and kappaWarn gates when results.json records them.</summary>
    public IReadOnlyList<Reference> KappaReferences { get; } = results.Thresholds is { } t
        ? [Reference.Plain(0), Reference.Fail(t.Value(ThresholdTable.KappaFail)), Reference.Warn(t.Value(ThresholdTable.KappaWarn))]
        : [Reference.Plain(0)];

    /// <summary>Says in words what <see cref="KappaReferences"/> draws.</summary>
    public string KappaReferenceText => Results.Thresholds is { } t
        ? "reference lines at 0, at kappaFail " + Numbers.Fixed(t.Value(ThresholdTable.KappaFail)) + " (orange: below it a judge fails the gate) and at kappaWarn " + Numbers.Fixed(t.Value(ThresholdTable.KappaWarn)) + " (yellow: below it a warning)"
        : "a reference line at 0";

    readonly Dictionary<string, JudgeResult> judgesById = results.Judges.DistinctBy(j => j.Id).ToDictionary(j => j.Id, StringComparer.Ordinal);

    public JudgeResult? Judge(string id) => judgesById.GetValueOrDefault(id);

    /// <summary>A verdict as a reader says it: pairwise 1 / 1.5 / 2 are "A", "tie", "B"; pointwise the score.</summary>
    public string Verdict(double? value) => value is not { } v ? "missing"
        : !IsPairwise ? Numbers.Fixed(v, v == Math.Round(v) ? 0 : 2)
        : v < 1.25 ? "A" : v > 1.75 ? "B" : "tie";
}
