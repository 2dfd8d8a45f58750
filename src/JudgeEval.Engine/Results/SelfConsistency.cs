using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Results;

/// <summary>
/// How far one judge agrees with itself across repeated samples of the same items (live `samples: n`, or recorded
/// judgments with a `sample` field). Only items with two or more valid samples count.
/// </summary>
public sealed record SelfConsistency
{
    /// <summary>Items with at least two valid samples.</summary>
    public int Items { get; init; }

    /// <summary>Valid samples per counted item, on average.</summary>
    public double Samples { get; init; } = double.NaN;

    /// <summary>Krippendorff's alpha with the samples as raters, at <see cref="AlphaLevel"/>.</summary>
    public double Alpha { get; init; } = double.NaN;

    public AlphaLevel AlphaLevel { get; init; }

    /// <summary>Share of counted items whose valid samples are not all the same verdict.</summary>
    public double FlipRate { get; init; } = double.NaN;

    /// <summary>Mean of Cohen's kappa (task weighting, pairwise-complete) over every pair of samples, undefined pairs left out.</summary>
    public double MeanPairwiseKappa { get; init; } = double.NaN;
}
