using JudgeEval.Engine.Diagnostics;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit;

/// <summary>
/// Each judge against the human labels: kappa under the warn and fail thresholds (the point estimate, or the 95% CI's
/// lower bound with gateOnLowerBound), F1 at the pass threshold, the size and age of the calibration sample, and a drop
/// against a baseline run (the baseline kappa lies above this run's interval).
/// </summary>
public static class CalibrationRules
{
    public static IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var m = c.Manifest;
        var t = m.Thresholds;
        if (!c.Data.HasHumanLabels)
        {
            yield return AuditDiagnostics.NoHumanLabels.Create("No human labels: the audit covers inter-judge agreement only; no judge is calibrated against humans.", m.At);
            yield break;
        }

        foreach (var judge in c.Judges)
        {
            if (judge.VsHuman is not { Kappa: { } kappa } vs)
            {
                continue;
            }

            var at = c.Judge(judge.Id).At;
            var gated = t.GateOnLowerBound ? vs.KappaCi95[0] ?? double.NaN : kappa;
            var what = $"Judge '{judge.Id}' agrees with the human labels at {vs.Weighting} kappa {F(kappa)} ({Ci(vs.KappaCi95)}, n = {vs.N}){(t.GateOnLowerBound ? ", gated on the lower bound" : "")}";
            if (double.IsNaN(gated) || gated < t.KappaFail.Value)
            {
                yield return AuditDiagnostics.KappaBelowFail.Create($"{what}, below kappaFail {F(t.KappaFail.Value)}: replace this judge.", at);
            }
            else if (gated < t.KappaWarn.Value)
            {
                yield return AuditDiagnostics.KappaBelowWarn.Create($"{what}, below kappaWarn {F(t.KappaWarn.Value)}.", at);
            }

            if (vs.F1 is { } f1 && f1 < t.F1Min.Value)
            {
                yield return AuditDiagnostics.F1BelowMin.Create(
                    $"Judge '{judge.Id}' has F1 {F(f1)} (precision {F(vs.Precision)}, recall {F(vs.Recall)}) against the human pass/fail decision, below f1Min {F(t.F1Min.Value)}.", at);
            }

            if (c.Baseline?.Judges.FirstOrDefault(b => b.Id == judge.Id)?.VsHuman?.Kappa is { } before && vs.KappaCi95[1] is { } upper && before > upper)
            {
                yield return AuditDiagnostics.AgreementDropped.Create(
                    $"Judge '{judge.Id}' kappa fell from {F(before)} in the baseline to {F(kappa)} ({Ci(vs.KappaCi95)}).", at);
            }
        }

        var labeled = c.Data.Human.Count(h => h.HasValue);
        var labelsAt = m.HumanLabelsAt ?? m.At;
        if (labeled < t.MinCalibrationItems.Value)
        {
            yield return AuditDiagnostics.SmallCalibration.Create(
                $"Only {labeled} items have human labels, fewer than minCalibrationItems {t.MinCalibrationItems.Value:0}: agreement intervals are wide.", labelsAt);
        }

        var oldest = c.Data.HumanLabeledOn.Where(d => d.HasValue).Select(d => d!.Value).DefaultIfEmpty().Min();
        if (oldest != default && c.Today.DayNumber - oldest.DayNumber is var age && age > t.MaxLabelAgeDays.Value)
        {
            yield return AuditDiagnostics.StaleLabels.Create(
                $"The human labels are {age} days old (labeled on {oldest:yyyy-MM-dd}), older than maxLabelAgeDays {t.MaxLabelAgeDays.Value:0}: re-audit on a fresh sample.", m.LabeledOnAt ?? labelsAt);
        }

        foreach (var s in c.SelfPreference.Where(s => s.OwnN > 0 && s.Difference.HasValue))
        {
            var detail = s.Test == "Welch t-test"
                ? $"its bias against humans is {F(s.OwnBias)} on own-family outputs (n = {s.OwnN}) vs {F(s.OtherBias)} on others (n = {s.OtherN})"
                : $"it prefers the own-family output in {F(s.JudgeOwnRate)} of {s.OwnN} mixed pairs where the humans do in {F(s.HumanOwnRate)}";
            var statistics = $"{detail}; difference {F(s.Difference)} ({Ci(s.DifferenceCi95)}), {s.Test}, {P(s.PValue)}";
            yield return s.Difference > 0 && s.PValue < 0.05
                ? AuditDiagnostics.SelfPreference.Create($"Judge '{s.JudgeId}' ({s.Family}) favours its own family: {statistics}.", c.Judge(s.JudgeId).ModelAt)
                : AuditDiagnostics.SelfPreferenceMeasured.Create($"Judge '{s.JudgeId}' ({s.Family}) on its own family's outputs, not significant at 5%: {statistics}.", c.Judge(s.JudgeId).ModelAt);
        }
    }
}
