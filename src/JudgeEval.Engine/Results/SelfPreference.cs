using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Results;

/// <summary>
/// Directional divergence of one judge on outputs related to it (same family or lineage, per the model catalog).
/// Pointwise: OwnBias and OtherBias are mean(judge - human) on related and unrelated outputs; Difference = OwnBias - OtherBias.
/// Pairwise (pairs with exactly one related output): JudgeOwnRate and HumanOwnRate are how often the judge and the humans
/// prefer the related output (a tie counts one half); Difference = JudgeOwnRate - HumanOwnRate, paired per item.
/// </summary>
public sealed record SelfPreference
{
    public required string JudgeId { get; init; }

    public string? Family { get; init; }

    /// <summary>Models counted as related to the judge in this data.</summary>
    public IReadOnlyList<string> RelatedModels { get; init; } = [];

    public int OwnN { get; init; }

    public int OtherN { get; init; }

    public double OwnBias { get; init; } = double.NaN;

    public double OtherBias { get; init; } = double.NaN;

    public double JudgeOwnRate { get; init; } = double.NaN;

    public double HumanOwnRate { get; init; } = double.NaN;

    public double Difference { get; init; } = double.NaN;

    public Interval DifferenceCi95 { get; init; } = Interval.Undefined;

    public double PValue { get; init; } = double.NaN;

    public required SignificanceTest Test { get; init; }

    /// <summary>Agreement with humans on related and on unrelated outputs (pointwise: kappa; pairwise: accuracy).</summary>
    public double OwnAgreement { get; init; } = double.NaN;

    public double OtherAgreement { get; init; } = double.NaN;

    /// <summary>Which producers counted as own: the judge's model, its family, or its family and lineage.</summary>
    public SelfPreferenceScope Scope { get; init; } = SelfPreferenceScope.Family;

    /// <summary>Labelled items the judge rated that were left out because a producer is not in the model catalog.</summary>
    public int UnresolvedN { get; init; }
}
