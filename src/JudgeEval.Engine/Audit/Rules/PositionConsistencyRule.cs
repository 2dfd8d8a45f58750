using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>A pairwise judge asked both orders should name the same winner; below positionConsistencyMin it is position-biased.</summary>
public sealed class PositionConsistencyRule : IAuditRule
{
    public static readonly DiagnosticDescriptor PositionInconsistent = new(
        "JE3001", "Judge is position-biased", Severity.Warning,
        "Asked the same pair in both orders, the judge names the same winner less often than `thresholds.positionConsistencyMin` (default 0.90): its verdicts depend on which output comes first.",
        "Always judge both orders and average (JudgeEval does for recorded data in both orders); prefer a more consistent judge.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [PositionInconsistent];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var min = c.Thresholds.Value(ThresholdTable.PositionConsistencyMin);
        foreach (var judge in c.Results.Judges)
        {
            if (judge.Position is { } p && p.Consistency < min)
            {
                yield return PositionInconsistent.Create(
                    $"Judge '{judge.Id}' names the same winner in both orders for {F(p.Consistency)} of {p.N} pairs (first-position rate {F(p.FirstPositionRate)}), below positionConsistencyMin {F(min)}.", c.Judge(judge.Id).At);
            }
        }
    }
}
