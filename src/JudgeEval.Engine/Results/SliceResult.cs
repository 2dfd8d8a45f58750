using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Results;

/// <summary>One value of a slice field (`slices:`): its items and every judge's agreement on them.</summary>
public sealed record SliceResult
{
    /// <summary>The `slices:` entry as written: model, queryId or tag:prefix.</summary>
    public required string Field { get; init; }

    public required string Value { get; init; }

    public int Items { get; init; }

    /// <summary>Items of the slice with a human label.</summary>
    public int Labelled { get; init; }

    public List<SliceJudge> Judges { get; init; } = [];
}

/// <summary>A judge on one slice: agreement with humans, coverage, bias and the self-preference split.</summary>
public sealed record SliceJudge
{
    public required string Id { get; init; }

    /// <summary>Items with both a verdict and a human label.</summary>
    public int N { get; init; }

    public double Kappa { get; init; } = double.NaN;

    public Interval KappaCi95 { get; init; } = Interval.Undefined;

    public double Coverage { get; init; } = double.NaN;

    /// <summary>Mean of judge minus human (exact labels).</summary>
    public double Bias { get; init; } = double.NaN;

    /// <summary>Own and other items of this slice by the self-preference scope; null when the judge's family is unknown.</summary>
    public SelfPreferenceSplit? SelfPreference { get; init; }
}

/// <summary>
/// The self-preference split without its test: pointwise, the bias on own and other outputs; pairwise, on mixed pairs,
/// how often the judge and the humans prefer the own output.
/// </summary>
public sealed record SelfPreferenceSplit
{
    public int OwnN { get; init; }

    public int OtherN { get; init; }

    public double OwnBias { get; init; } = double.NaN;

    public double OtherBias { get; init; } = double.NaN;

    public double JudgeOwnRate { get; init; } = double.NaN;

    public double HumanOwnRate { get; init; } = double.NaN;
}
