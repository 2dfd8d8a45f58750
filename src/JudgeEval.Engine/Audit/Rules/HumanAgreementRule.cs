using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Resampling;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>
/// Each judge against the human labels: kappa (or Gwet's AC with `task.gate: ac1`) under the warn and fail thresholds
/// (the point estimate, or the 95% CI's lower bound with gateOnLowerBound; an undefined value fails), and F1 at the pass threshold.
/// </summary>
public sealed class HumanAgreementRule : IAuditRule
{
    public static readonly DiagnosticDescriptor KappaBelowWarn = new(
        "JE2001", "Judge agreement below the warning threshold", Severity.Warning,
        "The judge's Cohen's kappa against the human labels (Gwet's AC with `task.gate: ac1`) is below `thresholds.kappaWarn` (default 0.75): its scores only partly track human judgment.",
        "Improve the rubric or prompt, try another judge, or use an ensemble; re-audit on fresh labels.");

    public static readonly DiagnosticDescriptor KappaBelowFail = new(
        "JE2002", "Judge agreement below the failure threshold", Severity.Error,
        "The judge's Cohen's kappa against the human labels (Gwet's AC with `task.gate: ac1`) is below `thresholds.kappaFail` (default 0.60): the judge must be replaced.",
        "Replace the judge (or remove it from the gate); with `gateOnLowerBound: true` the 95% CI's lower bound is compared.");

    public static readonly DiagnosticDescriptor F1BelowMin = new(
        "JE2003", "Judge F1 below the minimum", Severity.Warning,
        "At the pass threshold, the judge's F1 against the human pass/fail decision is below `thresholds.f1Min` (default 0.85).",
        "Check the pass threshold and the rubric; a judge that is too lenient or too strict at the threshold misreports the pass rate.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [KappaBelowWarn, KappaBelowFail, F1BelowMin];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var t = c.Thresholds;
        var onLowerBound = t.IsOn(ThresholdTable.GateOnLowerBound);
        foreach (var judge in c.HasHumanLabels ? c.Results.Judges : [])
        {
            var (value, ci, name) = Gated(c, judge.VsHuman);
            if (judge.VsHuman is not { } vs || double.IsNaN(value))
            {
                continue;
            }

            var at = c.Judge(judge.Id).At;
            var gated = onLowerBound ? ci.Lower : value;
            var what = $"Judge '{judge.Id}' agrees with the human labels at {name} {F(value)} ({Ci(ci)}, n = {vs.N}){(onLowerBound ? ", gated on the lower bound" : "")}";
            if (double.IsNaN(gated) || gated < t.Value(ThresholdTable.KappaFail))
            {
                yield return KappaBelowFail.Create($"{what}, below kappaFail {F(t.Value(ThresholdTable.KappaFail))}: replace this judge.", at);
            }
            else if (gated < t.Value(ThresholdTable.KappaWarn))
            {
                yield return KappaBelowWarn.Create($"{what}, below kappaWarn {F(t.Value(ThresholdTable.KappaWarn))}.", at);
            }

            if (vs.F1 < t.Value(ThresholdTable.F1Min))
            {
                yield return F1BelowMin.Create(
                    $"Judge '{judge.Id}' has F1 {F(vs.F1)} (precision {F(vs.Precision)}, recall {F(vs.Recall)}) against the human pass/fail decision, below f1Min {F(t.Value(ThresholdTable.F1Min))}.", at);
            }
        }
    }

    /// <summary>The statistic the gate compares, its interval and its name in messages.</summary>
    static (double Value, Interval Ci, string Name) Gated(AuditContext c, HumanAgreement? vs)
    {
        if (vs is null)
        {
            return (double.NaN, Interval.Undefined, "");
        }

        return c.Manifest.Task.Gate == AgreementGate.Ac1
            ? (vs.GwetAc, vs.GwetAcCi95, vs.Weighting == KappaWeighting.Unweighted ? "Gwet's AC1" : $"Gwet's AC2 ({EnumNames.Of(vs.Weighting)})")
            : (vs.Kappa, vs.KappaCi95, $"{EnumNames.Of(vs.Weighting)} kappa");
    }
}
