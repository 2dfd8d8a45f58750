namespace JudgeEval.Engine.Reporting.Results;

/// <summary>
/// Directional divergence of one judge: how it departs from humans on outputs of its own family versus others'.
/// Pointwise: bias is mean(judge - human). Pairwise: bias is the rate at which the judge prefers the own-family
/// output minus the rate at which humans do, over pairs with exactly one own-family output.
/// </summary>
public sealed record SelfPreference
{
    public required string JudgeId { get; init; }

    public string? Family { get; init; }

    public int OwnN { get; init; }

    public int OtherN { get; init; }

    public double? OwnBias { get; init; }

    public double? OtherBias { get; init; }

    /// <summary>OwnBias - OtherBias (pairwise: own-family preference excess over humans).</summary>
    public double? Difference { get; init; }

    public double?[] DifferenceCi95 { get; init; } = [null, null];

    public double? PValue { get; init; }

    public string? Test { get; init; }

    public double? OwnAgreement { get; init; }

    public double? OtherAgreement { get; init; }
}
