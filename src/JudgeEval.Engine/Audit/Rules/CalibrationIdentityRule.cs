using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>
/// A calibration holds for one model version, one prompt and one label set. Against a baseline run: a judge whose
/// model or prompt changed while the labels stayed the same is uncalibrated (the new prompt may have been tuned on
/// those very labels) until new labels are added; any other change of the identity is reported for the record.
/// </summary>
public sealed class CalibrationIdentityRule : IAuditRule
{
    public static readonly DiagnosticDescriptor Uncalibrated = new(
        "JE2031", "Judge changed since it was calibrated", Severity.Warning,
        "Since the baseline run, the judge's model (as named or as resolved) or its prompt (name, version or text) changed, but the human labels did not. A kappa measured on the labels the new model or prompt was chosen with is not a calibration, so the gate cannot pass on it: the run is inconclusive.",
        "Add new human labels (any change to the label set, e.g. a fresh sample, recalibrates the judge), or revert the change.");

    public static readonly DiagnosticDescriptor IdentityChanged = new(
        "JE2032", "Calibration identity changed", Severity.Info,
        "Since the baseline run, the judge's calibration identity changed together with its human labels (or only the labels changed): the judge was recalibrated on the new labels.",
        "Nothing to fix; keep the new run as the baseline.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [Uncalibrated, IdentityChanged];

    public IReadOnlyList<DiagnosticDescriptor> Undecided => [Uncalibrated];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        foreach (var judge in c.HasHumanLabels && c.Baseline is not null ? c.Results.Judges : [])
        {
            if (judge.Calibration is not { LabelsHash: not null } now || c.Baseline!.Judge(judge.Id)?.Calibration is not { } before)
            {
                continue;
            }

            var judgeChanges = JudgeChanges(before, now);
            var newLabels = !string.Equals(before.LabelsHash, now.LabelsHash, StringComparison.Ordinal);
            var labelChanges = new List<string>();
            if (newLabels)
            {
                labelChanges.Add("the human labels changed");
            }

            if (before.LabeledOn != now.LabeledOn)
            {
                labelChanges.Add($"labeledOn changed from {Date(before.LabeledOn)} to {Date(now.LabeledOn)}");
            }

            var at = c.Judge(judge.Id).At;
            if (judgeChanges.Count > 0 && !newLabels)
            {
                yield return Uncalibrated.Create(
                    $"Judge '{judge.Id}': {string.Join("; ", judgeChanges.Concat(labelChanges))} since the judge was calibrated, on the same human labels: its kappa is treated as uncalibrated until new labels are added.", at);
            }
            else if (judgeChanges.Count + labelChanges.Count > 0)
            {
                yield return IdentityChanged.Create(
                    $"Judge '{judge.Id}': {string.Join("; ", judgeChanges.Concat(labelChanges))} since the baseline; calibrated again on the current labels.", at);
            }
        }
    }

    static List<string> JudgeChanges(CalibrationIdentity before, CalibrationIdentity now)
    {
        var changes = new List<string>();
        Compare(changes, "model", before.Model, now.Model);
        Compare(changes, "resolved model", before.ResolvedModel, now.ResolvedModel);
        if (!string.Equals(before.PromptId, now.PromptId, StringComparison.Ordinal))
        {
            changes.Add($"prompt changed from {Quote(before.PromptId)} to {Quote(now.PromptId)}");
        }
        else if (!string.Equals(before.PromptVersion, now.PromptVersion, StringComparison.Ordinal) || !string.Equals(before.PromptHash, now.PromptHash, StringComparison.Ordinal))
        {
            changes.Add($"prompt changed (version {Quote(before.PromptVersion)} to {Quote(now.PromptVersion)})");
        }

        return changes;
    }

    static void Compare(List<string> changes, string what, string? before, string? now)
    {
        if (!string.Equals(before, now, StringComparison.Ordinal))
        {
            changes.Add($"{what} changed from {Quote(before)} to {Quote(now)}");
        }
    }

    static string Quote(string? value) => value is null ? "none" : $"'{value}'";

    static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}
