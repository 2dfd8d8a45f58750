using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Results;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Pipeline;

/// <summary>Computes every statistic of a run from the joined dataset and gathers them for the rules and results.json.</summary>
public static class Analyzer
{
    public static AuditContext Analyze(EvalManifest manifest, EvalDataset data, ModelCatalog catalog, EvalResults? baseline, DateOnly today)
    {
        var settings = Settings(manifest, data);
        var queries = RankedQueries.From(data.Items);
        var retrieval = manifest.Task.Retrieval;

        var judges = manifest.Judges.Select(spec => Judge(spec, data.Judge(spec.Id), data, catalog, settings, queries, retrieval)).ToList();
        var kappaByJudge = judges.ToDictionary(j => j.Id, j => j.VsHuman?.Kappa, StringComparer.Ordinal);

        var ensembleVerdicts = manifest.Ensembles.ToDictionary(e => e.Id, e => EnsembleAnalyzer.Verdicts(e, data, kappaByJudge), StringComparer.Ordinal);
        var ensembles = manifest.Ensembles.Select(e => EnsembleAnalyzer.Result(
            e,
            ensembleVerdicts[e.Id],
            HumanAgreementAnalyzer.Analyze(ensembleVerdicts[e.Id], data.Human, settings),
            kappaByJudge,
            RetrievalAnalyzer.Metrics(ensembleVerdicts[e.Id], queries, retrieval, data.Human, settings.PassThreshold),
            data,
            settings)).ToList();

        var min = manifest.Thresholds.ProductScoreMin?.Value;
        var productScores = settings.Pairwise
            ? []
            : judges.Select(j => ProductScoreAnalyzer.Score(j.Id, data.Judge(j.Id).Scores, data.Human, settings, min))
                .Concat(ensembles.Select(e => ProductScoreAnalyzer.Score(e.Id, ensembleVerdicts[e.Id], data.Human, settings, min)))
                .ToList();

        var selfPreference = manifest.Judges
            .Select(j => SelfPreferenceAnalyzer.Analyze(j.Id, j.Model, data, catalog, settings))
            .OfType<SelfPreference>()
            .ToList();

        var (review, candidates) = ReviewSelector.Select(data, manifest.Review.Top);
        return new AuditContext
        {
            Manifest = manifest,
            Data = data,
            Catalog = catalog,
            Judges = judges,
            Ensembles = ensembles,
            SelfPreference = selfPreference,
            ProductScore = productScores,
            Spread = MetricSpreadAnalyzer.Analyze(Headlines(judges, productScores, data)),
            OutlierCounts = ReviewSelector.OutlierCounts(data),
            ReviewCandidates = candidates,
            Review = review,
            Agreement = InterJudgeAnalyzer.Pairs(data, settings),
            MultiRater = InterJudgeAnalyzer.MultiRater(data, settings),
            Independence = IndependenceAnalyzer.Analyze(manifest, catalog),
            Routing = manifest.Routing is { } routing
                ? RoutingAnalyzer.Analyze(routing, data, manifest, ensembleVerdicts[routing.Ensemble], settings, ensembles.First(e => e.Id == routing.Ensemble).VsHuman?.Kappa)
                : null,
            Settings = settings,
            Baseline = baseline,
            Today = today,
        };
    }

    public static AnalysisSettings Settings(EvalManifest manifest, EvalDataset data)
    {
        var task = manifest.Task;
        var k = data.Scale.Categories.Count;
        var weights = task.Weighting switch
        {
            KappaWeightingKind.Custom when task.Weights is { } custom => KappaWeights.FromCustom(custom),
            KappaWeightingKind.Linear => KappaWeights.Create(KappaWeighting.Linear, k),
            KappaWeightingKind.Quadratic => KappaWeights.Create(KappaWeighting.Quadratic, k),
            _ => KappaWeights.Create(KappaWeighting.Unweighted, k),
        };
        return new AnalysisSettings
        {
            Scale = data.Scale,
            Weights = weights,
            WeightingName = task.Weighting.ToString().ToLowerInvariant(),
            PassThreshold = task.PassThreshold,
            Resamples = manifest.Bootstrap.Resamples,
            Seed = manifest.Bootstrap.Seed,
            ClusterOf = manifest.Bootstrap.Unit == BootstrapUnit.Cluster ? RankedQueries.ClusterIds(data.Items) : null,
        };
    }

    static JudgeResult Judge(
        JudgeSpec spec, JudgeRatings ratings, EvalDataset data, ModelCatalog catalog, AnalysisSettings settings, RankedQueries? queries, RetrievalSpec? retrieval)
    {
        var entry = catalog.Resolve(spec.Model).Entry;
        return new JudgeResult
        {
            Id = spec.Id,
            Name = spec.Name,
            Model = spec.Model,
            ResolvedModel = entry?.Id,
            Family = entry?.Family,
            Provider = entry?.Provider,
            Items = ratings.Expected,
            Valid = ratings.Valid,
            Coverage = ratings.Expected == 0 ? null : (double)ratings.Valid / ratings.Expected,
            Missing = ratings.MissingReasons.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            VsHuman = HumanAgreementAnalyzer.Analyze(ratings.Scores, data.Human, settings),
            Metrics = RetrievalAnalyzer.Metrics(ratings.Scores, queries, retrieval, data.Human, settings.PassThreshold),
            Position = PositionBiasAnalyzer.Analyze(ratings, data.Human),
        };
    }

    /// <summary>
    /// Left out of the spread: the judged share (coverage has its own rule) and the published meanScore, which counts
    /// a missing verdict as grade 0; the spread compares meanJudgedScore, the mean over valid verdicts, instead.
    /// </summary>
    static readonly HashSet<string> NotHeadline = new(["judgedShare", "meanScore"], StringComparer.Ordinal);

    /// <summary>The headline metrics whose spread across judges is disclosed: retrieval metrics, pass rate and mean judged score.</summary>
    static List<(string Judge, IReadOnlyDictionary<string, double?> Metrics)> Headlines(List<JudgeResult> judges, List<ProductScore> scores, EvalDataset data) =>
        [.. judges.Select(j =>
        {
            var metrics = (j.Metrics ?? []).Where(m => !NotHeadline.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
            if (scores.FirstOrDefault(s => s.Source == j.Id)?.PassRate is { } passRate)
            {
                metrics["passRate"] = passRate;
            }

            var valid = data.Judge(j.Id).Scores.Where(s => s.HasValue).Select(s => s!.Value).ToList();
            if (!metrics.ContainsKey("meanJudgedScore") && valid.Count > 0 && data.Scale.Kind == TaskKind.Pointwise)
            {
                metrics["meanJudgedScore"] = valid.Average();
            }

            return (j.Id, (IReadOnlyDictionary<string, double?>)metrics);
        })];
}
