using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Results;

namespace JudgeEval.Engine.Audit;

/// <summary>Everything the audit rules look at: the manifest (for locations and thresholds) and the computed statistics.</summary>
public sealed record AuditContext
{
    public required EvalManifest Manifest { get; init; }

    public required EvalDataset Data { get; init; }

    public required ModelCatalog Catalog { get; init; }

    public required IReadOnlyList<JudgeResult> Judges { get; init; }

    public IReadOnlyList<EnsembleResult> Ensembles { get; init; } = [];

    public IReadOnlyList<SelfPreference> SelfPreference { get; init; } = [];

    public IReadOnlyList<ProductScore> ProductScore { get; init; } = [];

    public IReadOnlyDictionary<string, MetricSpread> Spread { get; init; } = new Dictionary<string, MetricSpread>();

    public IReadOnlyDictionary<string, int> OutlierCounts { get; init; } = new Dictionary<string, int>();

    public int ReviewCandidates { get; init; }

    public IReadOnlyList<ReviewItem> Review { get; init; } = [];

    public IReadOnlyList<PairAgreement> Agreement { get; init; } = [];

    public MultiRaterAgreement? MultiRater { get; init; }

    public Independence? Independence { get; init; }

    public Routing? Routing { get; init; }

    public required AnalysisSettings Settings { get; init; }

    /// <summary>An earlier run's results, for the agreement-drop check.</summary>
    public EvalResults? Baseline { get; init; }

    /// <summary>The day the run happens, for label staleness; injected so tests are stable.</summary>
    public required DateOnly Today { get; init; }

    public JudgeSpec Judge(string id) => Manifest.Judges.First(j => j.Id == id);
}
