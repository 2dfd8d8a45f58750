using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>A headline metric that moves with the choice of judge says as much about the judge as about the product.</summary>
public sealed class MetricSpreadRule : IAuditRule
{
    public static readonly DiagnosticDescriptor MetricSpread = new(
        "JE5001", "Headline metric depends on the judge", Severity.Warning,
        "On the same items, a headline metric (nDCG, pass rate, mean score) differs across judges by more than `thresholds.metricSpreadMax` (default 1.5x): the number says as much about the judge as about the product.",
        "Disclose per-judge metrics and the spread, calibrate the judges against humans, and report the metric of a calibrated judge or ensemble.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [MetricSpread];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var max = c.Thresholds.Get(ThresholdTable.MetricSpreadMax);
        foreach (var (metric, spread) in c.Results.MetricSpread.Where(s => s.Value.Ratio > max.Value))
        {
            yield return MetricSpread.Create(
                $"{metric} ranges from {F(spread.Min, 3)} ({spread.MinJudge}) to {F(spread.Max, 3)} ({spread.MaxJudge}) on the same items, a {F(spread.Ratio)}x spread above metricSpreadMax {F(max.Value)}x.", max.At);
        }
    }
}
