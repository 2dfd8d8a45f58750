namespace JudgeEval.Engine.Results;

/// <summary>Pairwise position bias: verdicts in both presentation orders.</summary>
public sealed record PositionBias
{
    /// <summary>Items with a valid verdict in both orders.</summary>
    public int N { get; init; }

    /// <summary>Share of items whose two orders name the same winner.</summary>
    public double Consistency { get; init; } = double.NaN;

    /// <summary>Share of single-order verdicts that picked whichever output was shown first (0.5 = no preference).</summary>
    public double FirstPositionRate { get; init; } = double.NaN;

    /// <summary>Accuracy against humans with output 1 shown first, with output 2 first, and of the two-order average.</summary>
    public double AccuracyOriginal { get; init; } = double.NaN;

    public double AccuracySwapped { get; init; } = double.NaN;

    public double AccuracyAveraged { get; init; } = double.NaN;
}
