using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>
/// The productScoreMin gate. It judges the headline source: the first ensemble when there is one, else the judge with
/// the highest kappa against humans, else the first judge; on the corrected rate when human labels allow the correction.
/// </summary>
public sealed class ProductScoreRule : IAuditRule
{
    public static readonly DiagnosticDescriptor ProductScoreInconclusive = new(
        "JE2020", "Product score inconclusive", Severity.Warning,
        "The 95% interval of the product's pass rate straddles `thresholds.productScoreMin`: the data cannot tell pass from fail.",
        "Judge more items (the interval narrows with n), or accept the uncertainty explicitly.");

    public static readonly DiagnosticDescriptor ProductScoreBelowMin = new(
        "JE2021", "Product score below the minimum", Severity.Error,
        "The product's pass rate (corrected for the judge's error where human labels exist) lies below `thresholds.productScoreMin`, its whole 95% interval included.",
        "Improve the product, or revisit the threshold.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [ProductScoreInconclusive, ProductScoreBelowMin];

    public IReadOnlyList<DiagnosticDescriptor> Undecided => [ProductScoreInconclusive];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        if (c.Thresholds.Optional(ThresholdTable.ProductScoreMin) is not { } min || Headline(c) is not { } score)
        {
            yield break;
        }

        var corrected = !double.IsNaN(score.Corrected);
        var (value, ci) = corrected ? (score.Corrected, score.CorrectedCi95) : (score.PassRate, score.PassRateCi95);
        var what = $"The product's {(corrected ? "corrected " : "")}pass rate by '{score.Source}' is {F(value, 3)} ({Ci(ci)})";
        switch (score.Outcome)
        {
            case GateOutcome.Fail:
                yield return ProductScoreBelowMin.Create($"{what}, below productScoreMin {F(min.Value)}.", min.At);
                break;
            case GateOutcome.Inconclusive:
                yield return ProductScoreInconclusive.Create($"{what}: the interval straddles productScoreMin {F(min.Value)}, so the gate cannot decide.", min.At);
                break;
        }
    }

    public static ProductScore? Headline(AuditContext c)
    {
        var source = (c.Manifest.Ensembles.Count > 0 ? c.Manifest.Ensembles[0].Id : null)
            ?? c.Results.Judges.Where(j => j.VsHuman is { } vs && !double.IsNaN(vs.Kappa)).OrderByDescending(j => j.VsHuman!.Kappa).FirstOrDefault()?.Id
            ?? (c.Results.Judges.Count > 0 ? c.Results.Judges[0].Id : null);
        return c.Results.ProductScore.FirstOrDefault(p => p.Source == source);
    }
}
