using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>
/// A judge's share of items with a valid verdict: parse failures, refusals and missing verdicts count against it. Below
/// coverageMin warns, below the optional coverageFail fails; a judge with no valid verdict at all is NoValidVerdictRule's.
/// </summary>
public sealed class CoverageRule : IAuditRule
{
    public static readonly DiagnosticDescriptor LowCoverage = new(
        "JE5002", "Judge coverage below the minimum", Severity.Warning,
        "The share of items with a valid verdict (parse failures, refusals and missing verdicts count against it) is below `thresholds.coverageMin` (default 0.95). Failures are never counted as passes.",
        "Fix the judge's output format or prompt, retry the failed items, or replace the judge.");

    public static readonly DiagnosticDescriptor CoverageBelowFail = new(
        "JE5004", "Judge coverage below the failure threshold", Severity.Error,
        "The share of items with a valid verdict is below `thresholds.coverageFail` (optional, unset by default): too few of the judge's verdicts can be measured for the gate to rely on it.",
        "Fix the judge's output format or prompt, retry the failed items, or replace the judge; lower or remove `coverageFail` only if the missing verdicts are expected.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [LowCoverage, CoverageBelowFail];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var min = c.Thresholds.Value(ThresholdTable.CoverageMin);
        var fail = c.Thresholds.Optional(ThresholdTable.CoverageFail)?.Value;
        foreach (var judge in c.Results.Judges.Where(j => j.Valid > 0 && (j.Coverage < min || j.Coverage < fail)))
        {
            var spec = c.Judge(judge.Id);
            var reasons = Reasons(judge.Missing);
            var what = $"Judge '{judge.Id}' gave a valid verdict for {judge.Valid} of {judge.Items} items (coverage {F(judge.Coverage, 3)})";
            var at = judge.Valid == judge.Items ? spec.At : spec.Judgments?.DeclaredAt ?? spec.At;
            yield return judge.Coverage < fail
                ? CoverageBelowFail.Create($"{what}, below coverageFail {F(fail.Value)}; missing: {reasons}.", at)
                : LowCoverage.Create($"{what}, below coverageMin {F(min)}; missing: {reasons}.", at);
        }
    }
}
