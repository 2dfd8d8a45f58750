using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Analysis;

/// <summary>What every statistic of one run shares: the scale, the kappa weights, the pass threshold and the bootstrap.</summary>
public sealed record AnalysisSettings
{
    public required Scale Scale { get; init; }

    public required double[,] Weights { get; init; }

    /// <summary>Which weights <see cref="Weights"/> holds.</summary>
    public required KappaWeighting Weighting { get; init; }

    /// <summary>Pointwise: a grade at or above it is a pass. Pairwise: unused (the positive class is "output 1 wins").</summary>
    public double PassThreshold { get; init; }

    public int Resamples { get; init; } = 2000;

    public int Seed { get; init; } = 1;

    /// <summary>Cluster id per item (the query) when the bootstrap resamples clusters; null resamples items.</summary>
    public int[]? ClusterOf { get; init; }

    /// <summary>How fractional human labels were rounded to grades (pointwise), recorded beside each agreement.</summary>
    public LabelRounding Rounding { get; init; } = LabelRounding.HalfUp;

    public IReadOnlyList<double> Categories => Scale.Categories;

    public bool Pairwise => Scale.Kind == TaskKind.Pairwise;
}
