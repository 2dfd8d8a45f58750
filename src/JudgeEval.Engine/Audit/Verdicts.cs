using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Audit;

/// <summary>The run's verdict, decided from its findings.</summary>
public static class Verdicts
{
    /// <summary>
    /// Fail when any finding is an error; otherwise inconclusive when a gate could not decide (its CI straddles the
    /// threshold); otherwise pass. A live run that did not get every verdict it asked for (cache misses offline, budget
    /// stops, failed calls) cannot pass either: the missing verdicts might have changed the audit, so their codes count
    /// as undecided gates. DecidedBy lists the codes that settled it, most severe first.
    /// </summary>
    public static RunVerdict Decide(IReadOnlyList<Diagnostic> diagnostics, LiveSummary? live)
    {
        var verdict = Decide(diagnostics, AuditRules.UndecidedCodes);
        return live is { Complete: false } && verdict.Outcome == GateOutcome.Pass ? Decide(diagnostics, JudgingDiagnostics.IncompleteCodes) : verdict;
    }

    public static RunVerdict Decide(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyCollection<string> undecidedCodes)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var undecided = diagnostics.Where(d => undecidedCodes.Contains(d.Code)).ToList();
        var (outcome, deciding) = errors.Count > 0 ? (GateOutcome.Fail, errors)
            : undecided.Count > 0 ? (GateOutcome.Inconclusive, undecided)
            : (GateOutcome.Pass, []);
        return new RunVerdict(outcome, errors.Count, warnings, [.. deciding.Select(d => d.Code).Distinct(StringComparer.Ordinal)]);
    }
}
