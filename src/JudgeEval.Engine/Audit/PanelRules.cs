using JudgeEval.Engine.Diagnostics;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit;

/// <summary>Position bias, ensembles against their best member, disagreement for review, metric spread and coverage.</summary>
public static class PanelRules
{
    public static IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var t = c.Manifest.Thresholds;
        foreach (var judge in c.Judges)
        {
            var at = c.Judge(judge.Id).At;
            if (judge.Position is { Consistency: { } consistency } p && consistency < t.PositionConsistencyMin.Value)
            {
                yield return AuditDiagnostics.PositionInconsistent.Create(
                    $"Judge '{judge.Id}' names the same winner in both orders for {F(consistency)} of {p.N} pairs (first-position rate {F(p.FirstPositionRate)}), below positionConsistencyMin {F(t.PositionConsistencyMin.Value)}.", at);
            }

            if (judge.Coverage is { } coverage && coverage < t.CoverageMin.Value)
            {
                var reasons = string.Join(", ", judge.Missing.OrderByDescending(r => r.Value).Select(r => $"{r.Key}: {r.Value}"));
                yield return AuditDiagnostics.LowCoverage.Create(
                    $"Judge '{judge.Id}' gave a valid verdict for {judge.Valid} of {judge.Items} items (coverage {F(coverage, 3)}), below coverageMin {F(t.CoverageMin.Value)}; missing: {reasons}.", judge.Valid == judge.Items ? at : c.Judge(judge.Id).Judgments?.DeclaredAt ?? at);
            }
        }

        foreach (var ensemble in c.Ensembles)
        {
            if (ensemble.EnsembleKappaCompared is { } kappa && ensemble.BestMemberKappaCompared is { } best && kappa < best)
            {
                yield return AuditDiagnostics.EnsembleWorseThanBestMember.Create(
                    $"Ensemble '{ensemble.Id}' ({ensemble.Method}) agrees with humans at kappa {F(kappa)}, below its best member '{ensemble.BestMember}' at {F(best)} on the {ensemble.ComparedItems} items both rated (the ensemble on all its items: {F(ensemble.VsHuman?.Kappa)}, {Ci(ensemble.VsHuman?.KappaCi95 ?? [null, null])}).",
                    c.Manifest.Ensembles.First(e => e.Id == ensemble.Id).At);
            }
        }

        foreach (var (metric, spread) in c.Spread)
        {
            if (spread.Ratio is { } ratio && ratio > t.MetricSpreadMax.Value)
            {
                yield return AuditDiagnostics.MetricSpread.Create(
                    $"{metric} ranges from {F(spread.Min, 3)} ({spread.MinJudge}) to {F(spread.Max, 3)} ({spread.MaxJudge}) on the same items, a {F(ratio)}x spread above metricSpreadMax {F(t.MetricSpreadMax.Value)}x.", t.MetricSpreadMax.At);
            }
        }

        if (c.ReviewCandidates > 0)
        {
            yield return AuditDiagnostics.ReviewItems.Create(
                $"The judges disagree on {c.ReviewCandidates} items; the {Math.Min(c.ReviewCandidates, c.Manifest.Review.Top)} with the most disagreement are listed for human review in results.json and the report.", c.Manifest.Review.At);
        }

        if (c.OutlierCounts.Where(o => o.Value > 0).OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal).FirstOrDefault() is { Key: { } outlier } top)
        {
            yield return AuditDiagnostics.OutlierJudge.Create(
                $"Judge '{outlier}' was the outlier (furthest from the panel median) on {top.Value} items, more than any other judge.", c.Judge(outlier).At);
        }
    }
}
