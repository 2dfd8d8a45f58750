using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Audit;

/// <summary>The run's verdict, decided from its findings.</summary>
public static class Verdicts
{
    /// <summary>
    /// The verdict of an audited run and, when it is inconclusive, the <see cref="InconclusiveGate"/> finding that says
    /// whether the build may pass on it; the verdict's counts include that finding.
    /// </summary>
    public static (RunVerdict Verdict, Diagnostic? Gate) Settle(IReadOnlyList<Diagnostic> diagnostics, LiveSummary? live, EvalManifest manifest)
    {
        var verdict = Decide(diagnostics, live);
        if (InconclusiveGate.Check(verdict, manifest) is not { } gate)
        {
            return (verdict, null);
        }

        return (verdict with
        {
            Errors = verdict.Errors + (gate.Severity == Severity.Error ? 1 : 0),
            Warnings = verdict.Warnings + (gate.Severity == Severity.Warning ? 1 : 0),
        }, gate);
    }

    /// <summary>
    /// Fail when any finding is an error; otherwise inconclusive when a gate could not decide (its CI straddles the
    /// threshold); otherwise pass. A live run that did not get every verdict it asked for (cache misses offline, budget
    /// stops, failed calls) cannot pass either: the missing verdicts might have changed the audit, so their codes count
    /// as undecided gates. DecidedBy lists the codes that settled it, most severe first.
    /// </summary>
    public static RunVerdict Decide(IReadOnlyList<Diagnostic> diagnostics, LiveSummary? live)
    {
        var verdict = Decide(diagnostics, AuditRules.UndecidedCodes);
        return live is { Complete: false } && verdict.Outcome == VerdictOutcome.Pass ? Decide(diagnostics, JudgingDiagnostics.IncompleteCodes) : verdict;
    }

    public static RunVerdict Decide(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyCollection<string> undecidedCodes)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var undecided = diagnostics.Where(d => undecidedCodes.Contains(d.Code)).ToList();
        var (outcome, deciding) = errors.Count > 0 ? (VerdictOutcome.Fail, errors)
            : undecided.Count > 0 ? (VerdictOutcome.Inconclusive, undecided)
            : (VerdictOutcome.Pass, []);
        return new RunVerdict(outcome, errors.Count, warnings, [.. deciding.Select(d => d.Code).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>A run whose input could not be used: nothing was measured; its errors are what decided it.</summary>
    public static RunVerdict Unusable(IReadOnlyList<Diagnostic> diagnostics) => new(
        VerdictOutcome.Unusable,
        diagnostics.Count(d => d.Severity == Severity.Error),
        diagnostics.Count(d => d.Severity == Severity.Warning),
        [.. diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code).Distinct(StringComparer.Ordinal)]);
}
