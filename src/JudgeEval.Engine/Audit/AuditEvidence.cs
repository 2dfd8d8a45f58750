namespace JudgeEval.Engine.Audit;

/// <summary>Facts the analysis found that rules read but results.json does not record.</summary>
public sealed record AuditEvidence
{
    public static AuditEvidence None { get; } = new();

    /// <summary>Per judge, the items on which it was furthest from the panel median.</summary>
    public IReadOnlyDictionary<string, int> OutlierCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>When the oldest human label was made, where the labels say.</summary>
    public DateOnly? OldestLabel { get; init; }
}
