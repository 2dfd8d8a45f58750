using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>Without human labels no judge is calibrated: say so, so a green run is not read as a calibrated one.</summary>
public sealed class NoHumanLabelsRule : IAuditRule
{
    public static readonly DiagnosticDescriptor NoHumanLabels = new(
        "JE2007", "No human labels: calibration not audited", Severity.Info,
        "The manifest has no `humanLabels`, so only inter-judge agreement is audited; no judge is shown to track human judgment.",
        "Add a human-labelled sample under `humanLabels` to calibrate the judges.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [NoHumanLabels];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        if (!c.HasHumanLabels)
        {
            yield return NoHumanLabels.Create("No human labels: the audit covers inter-judge agreement only; no judge is calibrated against humans.", c.Manifest.At);
        }
    }
}
