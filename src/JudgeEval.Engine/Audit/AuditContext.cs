using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Audit;

/// <summary>
/// What the rules look at: the analysis's results, the manifest for thresholds and for the locations findings point
/// at, and the catalog. Everything here can be built in code, so a rule's test needs no files.
/// </summary>
public sealed record AuditContext
{
    public required EvalManifest Manifest { get; init; }

    /// <summary>What the analysis found; its verdict and findings are what the audit is deciding.</summary>
    public required EvalResults Results { get; init; }

    public required ModelCatalog Catalog { get; init; }

    public AuditEvidence Evidence { get; init; } = AuditEvidence.None;

    /// <summary>An earlier run's results, for the agreement-drop check.</summary>
    public EvalResults? Baseline { get; init; }

    /// <summary>The earlier runs of the history file (oldest first), for the drop check; empty without `history:`.</summary>
    public IReadOnlyList<HistoryRun> History { get; init; } = [];

    /// <summary>The day the run happens, for label staleness; injected so tests are stable.</summary>
    public required DateOnly Today { get; init; }

    public ThresholdSet Thresholds => Manifest.Thresholds;

    public bool HasHumanLabels => Results.Items.WithHumanLabel > 0;

    public JudgeSpec Judge(string id) => Manifest.Judges.First(j => j.Id == id);
}
