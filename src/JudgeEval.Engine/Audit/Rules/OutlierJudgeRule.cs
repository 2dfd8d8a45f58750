using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>The judge most often furthest from the panel's median verdict: a candidate to drop from ensembles.</summary>
public sealed class OutlierJudgeRule : IAuditRule
{
    public static readonly DiagnosticDescriptor OutlierJudge = new(
        "JE4003", "Outlier judge", Severity.Info,
        "This judge was most often the one furthest from the panel's median verdict.",
        "Review the judge's prompt and model; consider dropping it from ensembles.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [OutlierJudge];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var top = c.Evidence.OutlierCounts.Where(o => o.Value > 0).OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal).FirstOrDefault();
        if (top.Key is { } outlier)
        {
            yield return OutlierJudge.Create(
                $"Judge '{outlier}' was the outlier (furthest from the panel median) on {Plural.Count(top.Value, "item")}, more than any other judge.", c.Judge(outlier).At);
        }
    }
}
