using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Results;

/// <summary>
/// The humans' own agreement: how far apart people are on these items, the ceiling a judge's agreement with them is
/// read against. Alpha and the mean pairwise kappa are NaN until at least minCalibrationItems items have two or more
/// annotators (they are not measured on fewer).
/// </summary>
public sealed record HumanCeiling
{
    /// <summary>Distinct annotators (unnamed labels count as one).</summary>
    public int Annotators { get; init; }

    /// <summary>Items with at least one label.</summary>
    public int Items { get; init; }

    /// <summary>Items labelled by two or more annotators.</summary>
    public int ItemsWithSeveral { get; init; }

    /// <summary>How several labels of one item became its reference label.</summary>
    public ConsensusMethod Consensus { get; init; }

    /// <summary>Krippendorff's alpha over all annotations, at the task's level.</summary>
    public double Alpha { get; init; } = double.NaN;

    public AlphaLevel AlphaLevel { get; init; }

    /// <summary>Cohen's kappa (task weighting) of every two annotators over the items both labelled, averaged weighting each pair by those items.</summary>
    public double MeanPairwiseKappa { get; init; } = double.NaN;

    /// <summary>Annotator pairs in <see cref="MeanPairwiseKappa"/>: pairs with at least two shared items and a defined kappa.</summary>
    public int Pairs { get; init; }

    public KappaWeighting Weighting { get; init; }
}
