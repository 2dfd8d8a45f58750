using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Results;

/// <summary>
/// Verbosity bias: does the judge reward length more than the humans do, on the same items?
/// <see cref="Difference"/> = <see cref="JudgeValue"/> - <see cref="HumanValue"/>, positive when the judge favours
/// longer outputs more than the humans; <see cref="Effect"/> is what `lengthBiasMax` is compared with.
/// </summary>
public sealed record LengthBias
{
    /// <summary>Items compared: pointwise, the longest and shortest quartile together; pairwise, pairs of unequal length.</summary>
    public int N { get; init; }

    public required LengthMeasure Measure { get; init; }

    public double JudgeValue { get; init; } = double.NaN;

    public double HumanValue { get; init; } = double.NaN;

    public double Difference { get; init; } = double.NaN;

    public Interval DifferenceCi95 { get; init; } = Interval.Undefined;

    public double PValue { get; init; } = double.NaN;

    public required SignificanceTest Test { get; init; }

    /// <summary>Pairwise: the difference of rates; pointwise: the difference as a share of the scale's range (max - min).</summary>
    public double Effect { get; init; } = double.NaN;

    /// <summary>Pointwise only: Spearman correlation of length with (judge - human) over every item with both.</summary>
    public double Spearman { get; init; } = double.NaN;

    /// <summary>Where the lengths came from: "text" (characters of the item text) or "length" (the data's column).</summary>
    public required string LengthSource { get; init; }
}
