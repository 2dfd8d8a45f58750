using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Manifest;

/// <summary>A validated `judgeeval.yaml`: every reference resolved, every default applied, every value located.</summary>
public sealed record EvalManifest
{
    /// <summary>The manifest path as given; diagnostics use it as their file.</summary>
    public required string Path { get; init; }

    /// <summary>The manifest's folder, absolute; relative paths resolve against it.</summary>
    public required string Directory { get; init; }

    public required SourceLocation At { get; init; }

    public required int Version { get; init; }

    public string? Name { get; init; }

    public ProductSpec? Product { get; init; }

    public required TaskSpec Task { get; init; }

    public required IReadOnlyList<SourceSpec> Items { get; init; }

    public required SourceLocation ItemsAt { get; init; }

    /// <summary>Empty when the audit is inter-judge only.</summary>
    public IReadOnlyList<SourceSpec> HumanLabels { get; init; } = [];

    public SourceLocation? HumanLabelsAt { get; init; }

    public DateOnly? LabeledOn { get; init; }

    public SourceLocation? LabeledOnAt { get; init; }

    public required IReadOnlyList<JudgeSpec> Judges { get; init; }

    public IReadOnlyList<EnsembleSpec> Ensembles { get; init; } = [];

    public required ThresholdSet Thresholds { get; init; }

    public required BootstrapSpec Bootstrap { get; init; }

    public IReadOnlyList<ModelOverrideSpec> Models { get; init; } = [];

    /// <summary>Deployment or cloud names mapped to catalog ids.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public SourceLocation? AliasesAt { get; init; }

    /// <summary>Top-level prices by model id, for routing costs on recorded data.</summary>
    public IReadOnlyDictionary<string, PriceSpec> Prices { get; init; } = new Dictionary<string, PriceSpec>(StringComparer.Ordinal);

    public required ReviewSpec Review { get; init; }

    public RoutingSpec? Routing { get; init; }

    public IReadOnlyList<EndpointSpec> Endpoints { get; init; } = [];

    public required CacheSpec Cache { get; init; }

    /// <summary>The run history file; null when the manifest keeps none.</summary>
    public HistorySpec? History { get; init; }

    /// <summary>Every data and template file the manifest references (absolute, distinct): the build's incremental inputs.</summary>
    public IReadOnlyList<string> ReferencedFiles { get; init; } = [];

    /// <summary>`humanLabels.consensus`; null takes the task's default (median pointwise, majority pairwise).</summary>
    public ConsensusMethod? LabelConsensus { get; init; }

    public SourceLocation? LabelConsensusAt { get; init; }

    /// <summary>`humanLabels.rounding`: how fractional labels become grades for kappa, the confusion table and F1.</summary>
    public LabelRounding LabelRounding { get; init; } = LabelRounding.HalfUp;

    public SourceLocation? LabelRoundingAt { get; init; }

    /// <summary>`selfPreference.scope`: which producers are the judge's own.</summary>
    public SelfPreferenceScope SelfPreferenceScope { get; init; } = SelfPreferenceScope.Family;

    public SourceLocation? SelfPreferenceAt { get; init; }

    /// <summary>`slices:`: item fields each judge is also audited by.</summary>
    public IReadOnlyList<SliceSpec> Slices { get; init; } = [];

    public SourceLocation? SlicesAt { get; init; }

    /// <summary>`productScore:`: the producers the product's pass rate counts; null uses `product.model`.</summary>
    public ProductScoreSpec? ProductScore { get; init; }

    public JudgeSpec? FindJudge(string id) => Judges.FirstOrDefault(j => string.Equals(j.Id, id, StringComparison.Ordinal));

    public EnsembleSpec? FindEnsemble(string id) => Ensembles.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
}
