using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting.Results;

namespace JudgeEval.Engine.Reporting;

/// <summary>Turns diagnostics into results.json findings and decides the run's verdict from them.</summary>
public static class Findings
{
    public static Finding ToFinding(Diagnostic d, string helpBase) => new(
        d.Code,
        Level(d.Severity),
        d.Message,
        d.Location?.File,
        d.Location?.Line,
        d.Location?.Column,
        d.Location?.EndLine,
        d.Location?.EndColumn,
        DiagnosticCatalog.HelpUri(helpBase, d.Code));

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>
    /// Fail when any finding is an error; otherwise inconclusive when a gate could not decide (its CI straddles the
    /// threshold); otherwise pass. DecidedBy lists the codes that settled it, most severe first.
    /// </summary>
    public static Verdict Decide(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyCollection<string> inconclusiveCodes)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var undecided = diagnostics.Where(d => inconclusiveCodes.Contains(d.Code)).ToList();
        var (outcome, deciding) = errors.Count > 0 ? ("fail", errors)
            : undecided.Count > 0 ? ("inconclusive", undecided)
            : ("pass", []);
        return new Verdict(outcome, errors.Count, warnings, [.. deciding.Select(d => d.Code).Distinct(StringComparer.Ordinal)]);
    }
}
