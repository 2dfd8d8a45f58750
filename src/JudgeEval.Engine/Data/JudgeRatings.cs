namespace JudgeEval.Engine.Data;

/// <summary>
/// One judge's verdicts aligned to <see cref="EvalDataset.Items"/> (index i is item i), first sample only.
/// Pairwise: <see cref="Scores"/> is the average of both orders, missing unless both orders are valid,
/// so a failure in either order lowers coverage instead of silently deciding the item.
/// </summary>
public sealed record JudgeRatings
{
    public required string JudgeId { get; init; }

    public required double?[] Scores { get; init; }

    /// <summary>Pairwise only: output 1 shown first.</summary>
    public double?[]? Original { get; init; }

    /// <summary>Pairwise only: output 2 shown first, in the original numbering.</summary>
    public double?[]? Swapped { get; init; }

    /// <summary>Items expected from this judge (all items).</summary>
    public int Expected => Scores.Length;

    public int Valid => Scores.Count(s => s.HasValue);

    /// <summary>Why verdicts are missing, counted per item (an item with no judgment at all is "no judgment").</summary>
    public IReadOnlyDictionary<string, int> MissingReasons { get; init; } = new Dictionary<string, int>();

    /// <summary>The judge's raw answer per item (first sample), aligned like <see cref="Scores"/>; untrusted text, shown for review.</summary>
    public IReadOnlyList<string?> Raw { get; init; } = [];

    /// <summary>Further samples (index 1..n-1) of repeated runs, aligned like <see cref="Scores"/>.</summary>
    public IReadOnlyList<double?[]> ExtraSamples { get; init; } = [];
}
