using System.Reflection;
using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting;
using JudgeEval.Engine.Reporting.Results;

namespace JudgeEval.Engine.Pipeline;

/// <summary>Gathers the computed statistics and the findings into results.json's shape (docs/results.md).</summary>
public static class ResultsAssembler
{
    public static string ToolVersion { get; } =
        typeof(ResultsAssembler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static EvalResults Assemble(string manifestPath, AuditContext c, ModelCatalog catalog, IReadOnlyList<Diagnostic> diagnostics, string helpBase)
    {
        var m = c.Manifest;
        var scale = c.Data.Scale;
        var pointwise = scale.Kind == TaskKind.Pointwise;
        return new EvalResults
        {
            Tool = new ToolInfo("judgeeval", ToolVersion, catalog.Version),
            Manifest = new ManifestInfo(
                manifestPath,
                m.Name,
                m.Product?.Model,
                m.Product is { } p ? catalog.Resolve(p.Model).Entry?.Family : null,
                (m.Product?.Purpose ?? Manifest.EvalPurpose.Quality).ToString().ToLowerInvariant()),
            Task = new TaskInfo(
                pointwise ? "pointwise" : "pairwise",
                pointwise ? scale.Min : null,
                pointwise ? scale.Max : null,
                pointwise ? c.Settings.PassThreshold : null,
                c.Settings.WeightingName,
                scale.Categories),
            Items = new ItemSummary(
                c.Data.Items.Count,
                c.Data.Human.Count(h => h.HasValue),
                c.Data.Items.Select(i => i.QueryId).OfType<string>().Distinct(StringComparer.Ordinal).Count()),
            Verdict = Findings.Decide(diagnostics, AuditDiagnostics.InconclusiveCodes),
            Thresholds = ThresholdsOf(m.Thresholds),
            Judges = [.. c.Judges],
            Ensembles = [.. c.Ensembles],
            Agreement = [.. c.Agreement],
            MultiRater = c.MultiRater,
            MetricSpread = new Dictionary<string, MetricSpread>(c.Spread, StringComparer.Ordinal),
            Review = [.. c.Review],
            ReviewCandidates = c.ReviewCandidates,
            Independence = c.Independence,
            SelfPreference = [.. c.SelfPreference],
            ProductScore = [.. c.ProductScore],
            Routing = c.Routing,
            Findings = [.. diagnostics.Select(d => Findings.ToFinding(d, helpBase))],
        };
    }

    static ThresholdValues ThresholdsOf(ThresholdSet t) => new(
        t.KappaWarn.Value,
        t.KappaFail.Value,
        t.F1Min.Value,
        t.PositionConsistencyMin.Value,
        t.MetricSpreadMax.Value,
        t.CoverageMin.Value,
        t.ProductScoreMin?.Value,
        t.GateOnLowerBound);
}
