namespace JudgeEval.Engine.Data;

/// <summary>
/// One judge's verdicts aligned to <see cref="EvalDataset.Items"/> (index i is item i).
/// Pairwise: a sample's verdict is the average of both orders, missing unless both orders are valid,
/// so a failure in either order lowers coverage instead of silently deciding the item.
/// With repeated samples, <see cref="Scores"/> is their median or majority (<see cref="SampleVerdicts"/>).
/// </summary>
public sealed record JudgeRatings
{
    public required string JudgeId { get; init; }

    /// <summary>The verdict every statistic uses: the only sample's, or the median (pointwise) / majority (pairwise) of the samples.</summary>
    public required double?[] Scores { get; init; }

    /// <summary>Pairwise only: output 1 shown first (the first sample's).</summary>
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

    /// <summary>With repeated samples, the first sample's verdicts (lowest sample index); null without repeats, when <see cref="Scores"/> is that sample.</summary>
    public double?[]? FirstSample { get; init; }

    /// <summary>Further samples of repeated runs in sample-index order, aligned like <see cref="Scores"/>.</summary>
    public IReadOnlyList<double?[]> ExtraSamples { get; init; } = [];

    public bool HasRepeats => ExtraSamples.Count > 0;

    /// <summary>Every sample, the first one first; just <see cref="Scores"/> without repeats.</summary>
    public IReadOnlyList<double?[]> AllSamples => HasRepeats ? [FirstSample ?? Scores, .. ExtraSamples] : [Scores];
}
