using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>A judge sampled several times on the same items should agree with itself; below selfConsistencyMin it does not.</summary>
public sealed class SelfConsistencyRule : IAuditRule
{
    public static readonly DiagnosticDescriptor SelfInconsistent = new(
        "JE3002", "Judge is inconsistent with itself", Severity.Warning,
        "Asked the same items several times (live `samples: n`, or recorded judgments with a `sample` field), the judge agrees with itself at a Krippendorff's alpha below `thresholds.selfConsistencyMin` (default 0.80). Its verdict on an item depends on the draw, so its calibration against humans (kappa) describes one draw and is not trustworthy.",
        "Lower the temperature, make the rubric more specific, or grade each item with several samples (JudgeEval then uses their median or majority); re-measure the agreement with humans afterwards.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [SelfInconsistent];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var min = c.Thresholds.Value(ThresholdTable.SelfConsistencyMin);
        foreach (var judge in c.Results.Judges)
        {
            if (judge.Consistency is { } s && s.Alpha < min)
            {
                yield return SelfInconsistent.Create(
                    $"Judge '{judge.Id}' agrees with itself across repeated samples at Krippendorff's alpha ({EnumNames.Of(s.AlphaLevel)}) {F(s.Alpha, 3)} on {s.Items} items with {F(s.Samples, 1)} samples each on average (flip rate {F(s.FlipRate)}: verdicts that changed between samples), below selfConsistencyMin {F(min)}. An inconsistent judge's calibration is not trustworthy: its kappa against humans describes one draw.",
                    c.Judge(judge.Id).At);
            }
        }
    }
}
