using JudgeEval.Engine.Diagnostics;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>
/// A judge without a single valid verdict measured nothing: every statistic about it is undefined, so the gate must not
/// pass on it, whatever the purpose (recorded scores all null or under another column name, every live call failed).
/// </summary>
public sealed class NoValidVerdictRule : IAuditRule
{
    public static readonly DiagnosticDescriptor NoValidVerdict = new(
        "JE5003", "Judge without any valid verdict", Severity.Error,
        "Not one of the judge's verdicts is usable: every score is null or missing (a score column under another name, a `key` that matches rows without scores), or every live call failed (a wrong API key, a server that is down, timeouts). Nothing about this judge was measured, so the run cannot pass.",
        "Read the reason in the message: rename the score column to `score` (see the JE0059 warnings), fix the data, or fix the endpoint and its key and run again.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [NoValidVerdict];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        foreach (var judge in c.Results.Judges.Where(j => j is { Valid: 0, Items: > 0 }))
        {
            var spec = c.Judge(judge.Id);
            var reasons = judge.Missing.Count == 0 ? "no reason recorded" : Reasons(judge.Missing);
            var source = spec.Live is null ? "its judgments" : "live judging";
            yield return NoValidVerdict.Create(
                $"Judge '{judge.Id}' has no valid verdict for any of its {judge.Items} items ({reasons}): {source} measured nothing, so the gate cannot pass.",
                spec.Live is null ? spec.Judgments?.DeclaredAt ?? spec.At : spec.At);
        }
    }
}
