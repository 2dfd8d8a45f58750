using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>Too few human labels give agreement intervals too wide to gate on.</summary>
public sealed class CalibrationSampleRule : IAuditRule
{
    public static readonly DiagnosticDescriptor SmallCalibration = new(
        "JE2004", "Calibration sample too small", Severity.Warning,
        "Fewer items have human labels than `thresholds.minCalibrationItems` (default 500), so agreement estimates have wide intervals.",
        "Label more production items (500-1,000, sampled from production rather than curated).");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [SmallCalibration];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var labeled = c.Results.Items.WithHumanLabel;
        var min = c.Thresholds.Value(ThresholdTable.MinCalibrationItems);
        if (c.HasHumanLabels && labeled < min)
        {
            yield return SmallCalibration.Create(
                $"Only {Plural.Count(labeled, "item")} {(labeled == 1 ? "has" : "have")} human labels, fewer than minCalibrationItems {min:0}: agreement intervals are wide.", c.Manifest.HumanLabelsAt ?? c.Manifest.At);
        }
    }
}
