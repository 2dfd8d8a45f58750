using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Pipeline;

/// <summary>
/// Computes every statistic of a run from the joined dataset into the results model, and the evidence the audit reads
/// beside it. The verdict and findings are left for the audit to decide.
/// </summary>
public static class Analyzer
{
    public static (EvalResults Results, AuditEvidence Evidence) Analyze(string manifestPath, EvalManifest manifest, EvalDataset data, ModelCatalog catalog)
    {
        var settings = Settings(manifest, data);
        var queries = RankedQueries.From(data.Items);
        var retrieval = manifest.Task.Retrieval;

        // Analyses that need nothing but the dataset start first and run beside the per-judge ones.
        var agreement = Concurrently.Start(() => InterJudgeAnalyzer.Pairs(data, settings));
        var multiRater = Concurrently.Start(() => InterJudgeAnalyzer.MultiRater(data, settings));
        var selfPreference = Concurrently.Start(() => Concurrently.Map(
            manifest.Judges, j => SelfPreferenceAnalyzer.Analyze(j.Id, j.Model, data, catalog, settings, manifest.SelfPreferenceScope)));
        var reviewed = Concurrently.Start(() => ReviewSelector.Select(data, manifest.Review.Top));
        var outliers = Concurrently.Start(() => ReviewSelector.OutlierCounts(data));
        var humans = Concurrently.Start(() => HumanCeilingAnalyzer.Analyze(data, settings, (int)manifest.Thresholds.Value(ThresholdTable.MinCalibrationItems)));
        var slices = Concurrently.Start(() => SliceAnalyzer.Analyze(manifest, data, catalog, settings));
        var unresolved = Concurrently.Start(() => ProducerSides.Unresolved(data.Items, catalog));
        var queryCount = Concurrently.Start(() => data.Items.Select(i => i.QueryId).OfType<string>().Distinct(StringComparer.Ordinal).Count());

        var epsilon = manifest.Thresholds.Value(ThresholdTable.AltTestEpsilon);
        var labelsHash = Concurrently.Start(() => CalibrationIdentityAnalyzer.LabelsHash(data));
        var newestLabel = CalibrationIdentityAnalyzer.NewestLabel(data);
        var analyzed = Concurrently.Map(manifest.Judges, spec => Judge(spec, data.Judge(spec.Id), data, catalog, settings, queries, retrieval, epsilon) with
        {
            Consistency = SelfConsistencyAnalyzer.Analyze(data.Judge(spec.Id), settings),
            LengthBias = LengthBiasAnalyzer.Analyze(data.Judge(spec.Id), data, settings),
        });
        var judges = manifest.Judges.Select((spec, j) => analyzed[j] with
        {
            Calibration = CalibrationIdentityAnalyzer.Analyze(spec, catalog.Resolve(spec.Model).Entry?.Id, manifest.Directory, Concurrently.Result(labelsHash), newestLabel),
        }).ToList();
        var kappaByJudge = judges.ToDictionary(j => j.Id, j => j.VsHuman?.Kappa ?? double.NaN, StringComparer.Ordinal);

        var ensembleVerdicts = manifest.Ensembles.ToDictionary(e => e.Id, e => EnsembleAnalyzer.Verdicts(e, data, kappaByJudge), StringComparer.Ordinal);
        var ensembles = Concurrently.Map(manifest.Ensembles, e => EnsembleAnalyzer.Result(
            e,
            ensembleVerdicts[e.Id],
            VsHuman(ensembleVerdicts[e.Id], data, settings, epsilon),
            kappaByJudge,
            RetrievalAnalyzer.Metrics(ensembleVerdicts[e.Id], queries, retrieval, data.Human, settings.PassThreshold),
            data,
            settings)).ToList();

        var min = manifest.Thresholds.Optional(ThresholdTable.ProductScoreMin)?.Value;
        var product = ProductItems.Of(manifest, data.Items, catalog);
        List<(string Id, double?[] Verdicts)> scored = [.. judges.Select(j => (j.Id, data.Judge(j.Id).Scores)), .. ensembles.Select(e => (e.Id, ensembleVerdicts[e.Id]))];
        var productScores = settings.Pairwise
            ? []
            : Concurrently.Map(scored, s => ProductScoreAnalyzer.Score(s.Id, s.Verdicts, data.Human, settings, min, product)).ToList();

        var (review, candidates) = Concurrently.Result(reviewed);
        var results = new EvalResults
        {
            Tool = ToolInfo.Of(catalog.Version),
            Manifest = Describe(manifestPath, manifest, catalog),
            Task = Describe(data.Scale, settings) with { Gate = manifest.Task.Gate },
            Items = new ItemSummary(
                data.Items.Count,
                data.Human.Count(h => h.HasValue),
                Concurrently.Result(queryCount))
            {
                UnresolvedProducers = Concurrently.Result(unresolved),
            },
            Verdict = RunVerdict.Undecided,
            Thresholds = ThresholdValues.Of(manifest.Thresholds),
            Judges = judges,
            Ensembles = ensembles,
            Agreement = Concurrently.Result(agreement),
            MultiRater = Concurrently.Result(multiRater),
            MetricSpread = MetricSpreadAnalyzer.Analyze(Headlines(judges, productScores, data)),
            Review = review,
            ReviewCandidates = candidates,
            Independence = IndependenceAnalyzer.Analyze(manifest, catalog),
            SelfPreference = [.. Concurrently.Result(selfPreference).OfType<SelfPreference>()],
            ProductScore = productScores,
            Routing = manifest.Routing is { } routing
                ? RoutingAnalyzer.Analyze(routing, data, manifest, ensembleVerdicts[routing.Ensemble], settings, ensembles.First(e => e.Id == routing.Ensemble).VsHuman?.Kappa ?? double.NaN)
                : null,
            Humans = Concurrently.Result(humans),
            Slices = Concurrently.Result(slices),
        };
        var evidence = new AuditEvidence
        {
            OutlierCounts = Concurrently.Result(outliers),
            OldestLabel = data.HumanLabeledOn.Where(d => d.HasValue).Min(),
        };
        return (results, evidence);
    }

    public static AnalysisSettings Settings(EvalManifest manifest, EvalDataset data)
    {
        var task = manifest.Task;
        var k = data.Scale.Categories.Count;
        var weights = task.Weighting switch
        {
            KappaWeighting.Custom when task.Weights is { } custom => KappaWeights.FromCustom(custom),
            KappaWeighting.Linear or KappaWeighting.Quadratic => KappaWeights.Create(task.Weighting, k),
            _ => KappaWeights.Create(KappaWeighting.Unweighted, k),
        };
        return new AnalysisSettings
        {
            Scale = data.Scale,
            Weights = weights,
            Weighting = task.Weighting,
            PassThreshold = task.PassThreshold,
            Resamples = manifest.Bootstrap.Resamples,
            Seed = manifest.Bootstrap.Seed,
            ClusterOf = manifest.Bootstrap.Unit == BootstrapUnit.Cluster ? RankedQueries.ClusterIds(data.Items) : null,
            Rounding = manifest.LabelRounding,
        };
    }

    public static ManifestInfo Describe(string manifestPath, EvalManifest m, ModelCatalog catalog) => new(
        manifestPath,
        m.Name,
        m.Product?.Model,
        m.Product is { } p ? catalog.Resolve(p.Model).Entry?.Family : null,
        m.Product?.Purpose ?? EvalPurpose.Quality);

    static TaskInfo Describe(Scale scale, AnalysisSettings settings)
    {
        var pointwise = scale.Kind == TaskKind.Pointwise;
        return new TaskInfo(
            scale.Kind,
            pointwise ? scale.Min : null,
            pointwise ? scale.Max : null,
            pointwise ? settings.PassThreshold : null,
            settings.Weighting,
            scale.Categories);
    }

    /// <summary>Agreement with the human labels (exact and rounded) and the alternative annotator test against the individual annotators.</summary>
    static HumanAgreement? VsHuman(double?[] verdicts, EvalDataset data, AnalysisSettings settings, double epsilon) =>
        HumanAgreementAnalyzer.Analyze(verdicts, data.Human, settings, data.HumanGrades) is { } vs
            ? vs with { AltTest = AltTestAnalyzer.Analyze(verdicts, data, settings, epsilon) }
            : null;

    static JudgeResult Judge(
        JudgeSpec spec, JudgeRatings ratings, EvalDataset data, ModelCatalog catalog, AnalysisSettings settings, RankedQueries? queries, RetrievalSpec? retrieval, double epsilon)
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
            Coverage = ratings.Expected == 0 ? double.NaN : (double)ratings.Valid / ratings.Expected,
            Missing = ratings.MissingReasons.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            VsHuman = VsHuman(ratings.Scores, data, settings, epsilon),
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
    static List<(string Judge, IReadOnlyDictionary<string, double> Metrics)> Headlines(List<JudgeResult> judges, List<ProductScore> scores, EvalDataset data) =>
        [.. judges.Select(j =>
        {
            var metrics = (j.Metrics ?? []).Where(m => !NotHeadline.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
            if (scores.FirstOrDefault(s => s.Source == j.Id) is { } score && double.IsFinite(score.PassRate))
            {
                metrics["passRate"] = score.PassRate;
            }

            if (!metrics.ContainsKey("meanJudgedScore") && data.Scale.Kind == TaskKind.Pointwise && MeanOfValid(data.Judge(j.Id).Scores) is { } mean)
            {
                metrics["meanJudgedScore"] = mean;
            }

            return (j.Id, (IReadOnlyDictionary<string, double>)metrics);
        })];

    /// <summary>The mean of the valid verdicts, summed in item order (as Enumerable.Average sums), or null when there are none.</summary>
    static double? MeanOfValid(double?[] scores)
    {
        var (sum, count) = (0.0, 0);
        foreach (var score in scores)
        {
            if (score is { } value)
            {
                sum += value;
                count++;
            }
        }

        return count == 0 ? null : sum / count;
    }
}
