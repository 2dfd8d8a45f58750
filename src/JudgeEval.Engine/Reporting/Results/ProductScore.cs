namespace JudgeEval.Engine.Reporting.Results;

/// <summary>The product's pass rate as one judge or ensemble sees it, raw and corrected for the judge's measured error.</summary>
public sealed record ProductScore
{
    public required string Source { get; init; }

    public double? PassRate { get; init; }

    public double?[] PassRateCi95 { get; init; } = [null, null];

    public double? Sensitivity { get; init; }

    public double? Specificity { get; init; }

    /// <summary>Rogan-Gladen: (p + specificity - 1) / (sensitivity + specificity - 1), clamped to [0, 1].</summary>
    public double? Corrected { get; init; }

    public double?[] CorrectedCi95 { get; init; } = [null, null];

    /// <summary>pass | fail | inconclusive against productScoreMin; null without a threshold.</summary>
    public string? Outcome { get; init; }
}
