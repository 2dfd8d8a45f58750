namespace JudgeEval.Engine.Results;

/// <summary>
/// What a run found: the analysis's typed facts, the findings and the verdict the audit drew from them. Undefined
/// statistics are NaN; each output format decides how to show them (results.json writes null, docs/results.md).
/// </summary>
public sealed record EvalResults
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required ToolInfo Tool { get; init; }

    public required ManifestInfo Manifest { get; init; }

    /// <summary>The judged task; null when the run was unusable (its input could not be read, so nothing was measured).</summary>
    public TaskInfo? Task { get; init; }

    public required ItemSummary Items { get; init; }

    public required RunVerdict Verdict { get; init; }

    /// <summary>The thresholds the gates used; null in results written before they were recorded.</summary>
    public ThresholdValues? Thresholds { get; init; }

    public List<JudgeResult> Judges { get; init; } = [];

    public List<EnsembleResult> Ensembles { get; init; } = [];

    public List<PairAgreement> Agreement { get; init; } = [];

    public MultiRaterAgreement? MultiRater { get; init; }

    /// <summary>Per headline metric: how far the judges' values spread.</summary>
    public Dictionary<string, MetricSpread> MetricSpread { get; init; } = [];

    public List<ReviewItem> Review { get; init; } = [];

    /// <summary>How many items the judges disagreed on; <see cref="Review"/> lists the top of them.</summary>
    public int ReviewCandidates { get; init; }

    public Independence? Independence { get; init; }

    public List<SelfPreference> SelfPreference { get; init; } = [];

    public List<ProductScore> ProductScore { get; init; } = [];

    public Routing? Routing { get; init; }

    /// <summary>The humans' own agreement (the ceiling); null without human labels.</summary>
    public HumanCeiling? Humans { get; init; }

    /// <summary>Per `slices:` field and value, each judge's agreement on those items.</summary>
    public List<SliceResult> Slices { get; init; } = [];

    /// <summary>Live judging counters; null when every judge replays recorded data.</summary>
    public LiveSummary? Live { get; init; }

    public List<Finding> Findings { get; init; } = [];

    /// <summary>The run history (manifest `history:`); null when the manifest keeps none.</summary>
    public RunHistory? History { get; init; }

    public JudgeResult? Judge(string id) => Judges.Find(j => string.Equals(j.Id, id, StringComparison.Ordinal));
}
