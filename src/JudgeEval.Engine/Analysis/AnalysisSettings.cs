using System.Runtime.CompilerServices;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Analysis;

/// <summary>What every statistic of one run shares: the scale, the kappa weights, the pass threshold and the bootstrap.</summary>
public sealed record AnalysisSettings
{
    // Codes by column: every judge is compared with the same human column (a copy made with `with` shares this, so
    // each entry notes the categories it was coded for).
    readonly ConditionalWeakTable<double?[], Coded> codes = new();

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

    /// <summary>
    /// <see cref="Statistics.Agreement.Categories.Encode"/> of <paramref name="column"/>, coded once for the run; the
    /// column must not change afterwards, and the codes must not be written.
    /// </summary>
    public int[] CodesOf(double?[] column)
    {
        if (codes.TryGetValue(column, out var coded) && ReferenceEquals(coded.Categories, Categories))
        {
            return coded.Codes;
        }

        coded = new Coded(Categories, Statistics.Agreement.Categories.Encode(column, Categories));
        codes.AddOrUpdate(column, coded);
        return coded.Codes;
    }

    sealed record Coded(IReadOnlyList<double> Categories, int[] Codes);
}
