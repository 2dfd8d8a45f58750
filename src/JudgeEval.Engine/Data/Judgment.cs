using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>
/// One judge's verdict on one item. A null score is a missing verdict (failed call, refusal,
/// unparseable answer): it lowers the judge's coverage and is never turned into a score.
/// </summary>
public sealed record Judgment
{
    public required string ItemId { get; init; }

    /// <summary>Pointwise: the grade. Pairwise: the verdict with output 1 shown first (see <see cref="Preference"/>).</summary>
    public double? Score { get; init; }

    /// <summary>Pairwise only: the verdict with output 2 shown first, mapped back to the original numbering.</summary>
    public double? SwappedScore { get; init; }

    /// <summary>The largest sample index (live `samples` allows 1000 repeats, numbered from 0).</summary>
    public const int MaxSample = 999;

    /// <summary>Repeat index when a judge was sampled several times on the same item.</summary>
    public int Sample { get; init; }

    /// <summary>Why the verdict is missing (e.g. "unparseable", "refused", "null in source").</summary>
    public string? MissingReason { get; init; }

    /// <summary>The judge's raw answer, kept for review (pairwise: both orders, labelled); untrusted text.</summary>
    public string? RawText { get; init; }

    /// <summary>Pairwise only: the raw answer with output 1 shown first, as `record:` writes it on that order's line.</summary>
    public string? OriginalRawText { get; init; }

    /// <summary>Pairwise only: the raw answer with output 2 shown first.</summary>
    public string? SwappedRawText { get; init; }

    public SourceLocation? Source { get; init; }

    /// <summary>
    /// Pairwise only: <see cref="Score"/> is already the verdict of both orders (as MT-Bench publishes GPT-4's pair
    /// judgments), so it counts as the item's verdict and the orders themselves are unknown (no position statistics).
    /// </summary>
    public bool BothOrders { get; init; }
}
