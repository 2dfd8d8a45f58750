using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Results;

/// <summary>The product's pass rate as one judge or ensemble sees it, raw and corrected for the judge's measured error.</summary>
public sealed record ProductScore
{
    public required string Source { get; init; }

    public double PassRate { get; init; } = double.NaN;

    public Interval PassRateCi95 { get; init; } = Interval.Undefined;

    public double Sensitivity { get; init; } = double.NaN;

    public double Specificity { get; init; } = double.NaN;

    /// <summary>Rogan-Gladen: (p + specificity - 1) / (sensitivity + specificity - 1), clamped to [0, 1].</summary>
    public double Corrected { get; init; } = double.NaN;

    public Interval CorrectedCi95 { get; init; } = Interval.Undefined;

    /// <summary>Against productScoreMin; null without a threshold.</summary>
    public GateOutcome? Outcome { get; init; }

    /// <summary>
    /// The producers whose items the pass rate counts (`productScore.producers`, else the product model) when the items
    /// carry producers; empty when every item counts.
    /// </summary>
    public IReadOnlyList<string> Producers { get; init; } = [];

    /// <summary>Items the pass rate was taken over (those of <see cref="Producers"/>, or all).</summary>
    public int Items { get; init; }
}
