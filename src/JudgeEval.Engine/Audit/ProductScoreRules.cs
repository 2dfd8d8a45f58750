using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting.Results;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit;

/// <summary>
/// The productScoreMin gate. It judges the headline source: the first ensemble when there is one, else the judge with
/// the highest kappa against humans, else the first judge; on the corrected rate when human labels allow the correction.
/// </summary>
public static class ProductScoreRules
{
    public static IEnumerable<Diagnostic> Check(AuditContext c)
    {
        if (c.Manifest.Thresholds.ProductScoreMin is not { } min || Headline(c) is not { } score)
        {
            yield break;
        }

        var corrected = score.Corrected.HasValue;
        var (value, ci) = corrected ? (score.Corrected, score.CorrectedCi95) : (score.PassRate, score.PassRateCi95);
        var what = $"The product's {(corrected ? "corrected " : "")}pass rate by '{score.Source}' is {F(value, 3)} ({Ci(ci)})";
        switch (score.Outcome)
        {
            case "fail":
                yield return AuditDiagnostics.ProductScoreBelowMin.Create($"{what}, below productScoreMin {F(min.Value)}.", min.At);
                break;
            case "inconclusive":
                yield return AuditDiagnostics.ProductScoreInconclusive.Create($"{what}: the interval straddles productScoreMin {F(min.Value)}, so the gate cannot decide.", min.At);
                break;
        }
    }

    public static ProductScore? Headline(AuditContext c)
    {
        var source = (c.Manifest.Ensembles.Count > 0 ? c.Manifest.Ensembles[0].Id : null)
            ?? c.Judges.Where(j => j.VsHuman?.Kappa is not null).OrderByDescending(j => j.VsHuman!.Kappa).FirstOrDefault()?.Id
            ?? (c.Judges.Count > 0 ? c.Judges[0].Id : null);
        return c.ProductScore.FirstOrDefault(p => p.Source == source);
    }
}
