using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>Calibration decays: human labels older than maxLabelAgeDays no longer vouch for the judges.</summary>
public sealed class LabelAgeRule : IAuditRule
{
    public static readonly DiagnosticDescriptor StaleLabels = new(
        "JE2005", "Human labels are stale", Severity.Warning,
        "The human labels are older than `thresholds.maxLabelAgeDays` (default 92): calibration decays as products, data and judges change.",
        "Re-label a fresh production sample and update `labeledOn`.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [StaleLabels];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var max = c.Thresholds.Value(ThresholdTable.MaxLabelAgeDays);
        if (c.HasHumanLabels && c.Evidence.OldestLabel is { } oldest && c.Today.DayNumber - oldest.DayNumber is var age && age > max)
        {
            var m = c.Manifest;
            yield return StaleLabels.Create(
                $"The human labels are {age} days old (labeled on {oldest:yyyy-MM-dd}), older than maxLabelAgeDays {max:0}: re-audit on a fresh sample.", m.LabeledOnAt ?? m.HumanLabelsAt ?? m.At);
        }
    }
}
