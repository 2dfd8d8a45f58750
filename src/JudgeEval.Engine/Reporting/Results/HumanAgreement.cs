namespace JudgeEval.Engine.Reporting.Results;

/// <summary>A judge's (or ensemble's) agreement with the human labels over items where both exist.</summary>
public sealed record HumanAgreement
{
    public int N { get; init; }

    public double? Kappa { get; init; }

    /// <summary>Percentile bootstrap 95% interval [lo, hi].</summary>
    public double?[] KappaCi95 { get; init; } = [null, null];

    public required string Weighting { get; init; }

    /// <summary>Landis and Koch (1977) band of the point estimate.</summary>
    public string? Band { get; init; }

    public double? Spearman { get; init; }

    public double? Pearson { get; init; }

    public double? Accuracy { get; init; }

    public double? Precision { get; init; }

    public double? Recall { get; init; }

    public double? F1 { get; init; }

    /// <summary>Mean of judge minus human: positive means the judge is more generous.</summary>
    public double? Bias { get; init; }

    /// <summary>Rows: human category, columns: judge category, in Task.Categories order.</summary>
    public int[][]? Confusion { get; init; }
}
