using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Annotators;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Results;

/// <summary>A judge's (or ensemble's) agreement with the human labels over items where both exist.</summary>
public sealed record HumanAgreement
{
    public int N { get; init; }

    public double Kappa { get; init; } = double.NaN;

    /// <summary>Percentile bootstrap 95% interval.</summary>
    public Interval KappaCi95 { get; init; } = Interval.Undefined;

    public required KappaWeighting Weighting { get; init; }

    /// <summary>Landis and Koch (1977) band of the point estimate; null when kappa is undefined.</summary>
    public string? Band { get; init; }

    public double Spearman { get; init; } = double.NaN;

    public double Pearson { get; init; } = double.NaN;

    public double Accuracy { get; init; } = double.NaN;

    public double Precision { get; init; } = double.NaN;

    public double Recall { get; init; } = double.NaN;

    public double F1 { get; init; } = double.NaN;

    /// <summary>Mean of judge minus human: positive means the judge is more generous.</summary>
    public double Bias { get; init; } = double.NaN;

    /// <summary>Rows: human category, columns: judge category, in Task.Categories order.</summary>
    public int[][]? Confusion { get; init; }

    /// <summary>Share of the n items whose human label is each category, in Task.Categories order.</summary>
    public double[]? Prevalence { get; init; }

    /// <summary>Share of the n items where the judge's category equals the human's (unweighted observed agreement).</summary>
    public double RawAccuracy { get; init; } = double.NaN;

    /// <summary>The raw accuracy of a constant predictor that always answers the most frequent human label.</summary>
    public double BaselineAccuracy { get; init; } = double.NaN;

    /// <summary>Gwet's agreement coefficient of judge and humans, with the task's weighting (AC1 unweighted, AC2 weighted).</summary>
    public double GwetAc { get; init; } = double.NaN;

    /// <summary>Percentile bootstrap 95% interval of <see cref="GwetAc"/>, drawn like kappa's.</summary>
    public Interval GwetAcCi95 { get; init; } = Interval.Undefined;

    /// <summary>Per human category, the share of its items the judge put in the same category (on binary tasks TNR, TPR).</summary>
    public double[]? CategoryRecall { get; init; }
    /// <summary>
    /// Pointwise: how fractional human labels were rounded to grades for kappa, the confusion table, precision, recall
    /// and F1 (bias and the correlations use the exact labels). Null for pairwise verdicts, which are never rounded.
    /// </summary>
    public LabelRounding? LabelRounding { get; init; }

    /// <summary>The alternative annotator test; null without two or more annotators on the same items.</summary>
    public AltTestResult? AltTest { get; init; }
}
