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

    /// <summary>
    /// Pointwise: how fractional human labels were rounded to grades for kappa, the confusion table, precision, recall
    /// and F1 (bias and the correlations use the exact labels). Null for pairwise verdicts, which are never rounded.
    /// </summary>
    public LabelRounding? LabelRounding { get; init; }

    /// <summary>The alternative annotator test; null without two or more annotators on the same items.</summary>
    public AltTestResult? AltTest { get; init; }
}
