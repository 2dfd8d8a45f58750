using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>A judge's share of items with a valid verdict: parse failures, refusals and missing verdicts count against it.</summary>
public sealed class CoverageRule : IAuditRule
{
    public static readonly DiagnosticDescriptor LowCoverage = new(
        "JE5002", "Judge coverage below the minimum", Severity.Warning,
        "The share of items with a valid verdict (parse failures, refusals and missing verdicts count against it) is below `thresholds.coverageMin` (default 0.95). Failures are never counted as passes.",
        "Fix the judge's output format or prompt, retry the failed items, or replace the judge.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [LowCoverage];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var min = c.Thresholds.Value(ThresholdTable.CoverageMin);
        foreach (var judge in c.Results.Judges.Where(j => j.Coverage < min))
        {
            var spec = c.Judge(judge.Id);
            var reasons = string.Join(", ", judge.Missing.OrderByDescending(r => r.Value).Select(r => $"{r.Key}: {r.Value}"));
            yield return LowCoverage.Create(
                $"Judge '{judge.Id}' gave a valid verdict for {judge.Valid} of {judge.Items} items (coverage {F(judge.Coverage, 3)}), below coverageMin {F(min)}; missing: {reasons}.",
                judge.Valid == judge.Items ? spec.At : spec.Judgments?.DeclaredAt ?? spec.At);
        }
    }
}
