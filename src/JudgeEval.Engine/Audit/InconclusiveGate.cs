using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Audit;

/// <summary>
/// Whether an inconclusive run may pass the build. Inconclusive means something the gate needs was not measured (a
/// gate's interval straddles its threshold, live judging did not get every verdict), so accepting it is the user's
/// decision: `thresholds.allowInconclusive: true` (MSBuild: JudgeEvalAllowInconclusive) turns JE5005 into a warning,
/// except in a safety eval, where it stays an error. The outcome recorded in results.json stays `inconclusive`.
/// </summary>
public static class InconclusiveGate
{
    public static readonly DiagnosticDescriptor Inconclusive = new(
        "JE5005", "Inconclusive run", Severity.Error,
        "The run could not decide: a gate's 95% interval straddles its threshold (JE2020), or live judging did not get every verdict (JE9020-JE9026). An undecided gate is not a pass, so the build fails (exit code 1) unless `thresholds.allowInconclusive: true` (MSBuild `JudgeEvalAllowInconclusive`) accepts it, which makes this finding a warning. For `purpose: safety` it is always an error. results.json keeps the outcome `inconclusive`.",
        "Decide the gate: label more items, or complete live judging (fix the endpoint or budget and run again; answers received are cached). Or, if an undecided run is acceptable for this eval, set `thresholds.allowInconclusive: true`.");

    public static IReadOnlyList<DiagnosticDescriptor> Descriptors => [Inconclusive];

    /// <summary>The finding an inconclusive verdict adds; null for any other outcome.</summary>
    public static Diagnostic? Check(RunVerdict verdict, EvalManifest manifest)
    {
        if (verdict.Outcome != VerdictOutcome.Inconclusive)
        {
            return null;
        }

        var allow = manifest.Thresholds.Get(ThresholdTable.AllowInconclusive);
        var safety = manifest.Product?.Purpose == EvalPurpose.Safety;
        var what = $"The run is inconclusive (undecided: {string.Join(", ", verdict.DecidedBy)})";
        return (allow.Value != 0, safety) switch
        {
            (true, false) => Inconclusive.Create(Severity.Warning, $"{what}; allowInconclusive is true, so the build is not failed.", allow.At),
            (true, true) => Inconclusive.Create($"{what}; allowInconclusive does not apply to a safety eval, which must decide every gate.", allow.At),
            _ => Inconclusive.Create($"{what}, so it cannot pass: decide the gate (more labelled items, complete live judging) or set thresholds.allowInconclusive: true to accept an undecided run.", allow.At),
        };
    }
}
