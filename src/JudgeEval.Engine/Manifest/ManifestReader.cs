using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads the top-level mapping into an <see cref="EvalManifest"/>, section by section, collecting every problem.</summary>
internal static class ManifestReader
{
    public const int SupportedVersion = 1;

    static readonly string[] Keys =
    [
        "version", "name", "product", "task", "items", "humanLabels", "judges", "ensembles", "thresholds", "bootstrap",
        "models", "aliases", "review", "routing", "endpoints", "cache", "prices",
        "history",
        "selfPreference", "slices", "productScore",
    ];

    public static EvalManifest? Read(ManifestContext cx, YamlNode root)
    {
        var start = cx.Point(root.Start);
        var top = Section.Open(cx, root, string.Empty, Keys, start);
        if (top is null)
        {
            return null;
        }

        var version = Version(top);
        var name = top.Text("name");
        var product = SettingsReader.Product(top);
        var taskSection = top.Sub("task", TaskReader.AllowedKeys, required: true);
        var task = taskSection is null ? null : TaskReader.Read(taskSection);
        var items = top.Required("items") is { } itemsNode ? SourceReader.ReadMany(cx, itemsNode, "items", DataRole.Items, null) : [];
        var labelNotes = new LabelSourceNotes();
        var labels = top.Value("humanLabels") is { } labelsNode ? SourceReader.ReadMany(cx, labelsNode, "humanLabels", DataRole.HumanLabels, labelNotes) : [];
        var labeledOn = labelNotes.Dates.OrderBy(d => d.Date).FirstOrDefault();
        var (consensus, consensusAt, rounding, roundingAt) = AuditOptionsReader.Labels(cx, labelNotes, task?.Kind);
        var hasLabels = labels.Count > 0 || top.Value("humanLabels") is not null;
        if (task?.Retrieval is { Ideal: IdealRanking.Qrels } && !hasLabels)
        {
            cx.Report(ManifestDiagnostics.Inconsistent, "task.retrieval.ideal: qrels builds the ideal ranking from human labels, and there is no `humanLabels`.", task.Retrieval.At);
        }

        var endpointIds = new IdRegistry(cx, "endpoint");
        var endpoints = EndpointReader.Read(top, endpointIds);
        var ids = new IdRegistry(cx, "judge/ensemble");
        var judges = JudgeReader.Read(top, ids, endpointIds.Ids, task?.Kind);
        var judgeIds = ids.Ids.Where(i => ids.KindOf(i) == "judge").ToArray();
        var ensembles = EnsembleReader.Read(top, ids, judgeIds, hasLabels);
        var thresholds = ThresholdReader.Read(top.Sub("thresholds", ThresholdTable.Names), start);
        var bootstrap = SettingsReader.Bootstrap(top, start);
        var models = ModelCatalogReader.ReadModels(top);
        var aliases = ModelCatalogReader.ReadAliases(top);
        var prices = PriceReader.Read(cx, top.Value("prices"), "prices");
        var review = SettingsReader.Review(top, start);
        var routing = RoutingReader.Read(top, ids, judges, ensembles, task?.Scale);
        var cache = SettingsReader.Cache(top, start);
        var history = HistoryReader.Read(top);
        var (scope, scopeAt) = AuditOptionsReader.SelfPreference(top, start);
        var slices = AuditOptionsReader.Slices(top);
        var productScore = AuditOptionsReader.ProductScore(top);
        OutputPaths.Check(cx, judges, cache, items, labels);
        if (cx.HasErrors || version is null || task is null)
        {
            return null;
        }

        return new EvalManifest
        {
            Path = cx.File,
            Directory = cx.Directory,
            At = start,
            Version = version.Value,
            Name = name,
            Product = product,
            Task = task,
            Items = items,
            ItemsAt = top.KeyAt("items"),
            HumanLabels = labels,
            HumanLabelsAt = top.Value("humanLabels") is null ? null : top.KeyAt("humanLabels"),
            LabeledOn = labeledOn?.Date,
            LabeledOnAt = labeledOn?.At,
            Judges = judges,
            Ensembles = ensembles,
            Thresholds = thresholds,
            Bootstrap = bootstrap,
            Models = models,
            Aliases = aliases,
            AliasesAt = top.Has("aliases") ? top.KeyAt("aliases") : null,
            Prices = prices,
            Review = review,
            Routing = routing,
            Endpoints = endpoints,
            Cache = cache,
            History = history,
            ReferencedFiles = [.. cx.ReferencedFiles],
            LabelConsensus = consensus,
            LabelConsensusAt = consensusAt,
            LabelRounding = rounding,
            LabelRoundingAt = roundingAt,
            SelfPreferenceScope = scope,
            SelfPreferenceAt = scopeAt,
            Slices = slices,
            SlicesAt = top.Has("slices") ? top.KeyAt("slices") : null,
            ProductScore = productScore,
        };
    }

    static int? Version(Section top)
    {
        var node = top.Required("version");
        if (node is null)
        {
            return null;
        }

        var version = Scalars.Int(top.Context, node, "version");
        if (version is not null and not SupportedVersion)
        {
            top.Context.Report(ManifestDiagnostics.UnsupportedVersion, $"version {version} is not supported; this judgeeval reads version {SupportedVersion}.", node);
            return null;
        }

        return version;
    }
}
