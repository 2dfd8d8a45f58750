using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>The humans' own agreement is the ceiling a judge is read against; say so when there were too few shared items to measure it.</summary>
public sealed class HumanCeilingRule : IAuditRule
{
    public static readonly DiagnosticDescriptor NotMeasured = new(
        "JE2016", "Human ceiling not measured", Severity.Info,
        "Several annotators labelled items, but fewer than `thresholds.minCalibrationItems` items have two or more annotators, so the humans' own agreement (Krippendorff's alpha, mean pairwise kappa), the ceiling for a judge's kappa, is not reported.",
        "Have two or more annotators label the same items (at least minCalibrationItems of them), or lower minCalibrationItems if the sample is deliberately small.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [NotMeasured];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var min = c.Thresholds.Value(ThresholdTable.MinCalibrationItems);
        if (c.Results.Humans is { Annotators: >= 2, ItemsWithSeveral: > 0 } h && h.ItemsWithSeveral < min)
        {
            yield return NotMeasured.Create(
                $"{h.Annotators} annotators labelled {h.Items} items, but only {h.ItemsWithSeveral} items have two or more annotators, fewer than minCalibrationItems {min:0}: the humans' own agreement is not reported.",
                c.Manifest.HumanLabelsAt ?? c.Manifest.At);
        }
    }
}
