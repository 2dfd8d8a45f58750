namespace JudgeEval.Engine.Results;

/// <summary>Two-pass routing replayed on recorded data: a cheap first judge, borderline items escalated to an ensemble.</summary>
public sealed record Routing
{
    public required string First { get; init; }

    public required string Ensemble { get; init; }

    public double[] Band { get; init; } = [];

    public int Items { get; init; }

    public int Escalated { get; init; }

    public int RoutedCalls { get; init; }

    public int FullEnsembleCalls { get; init; }

    /// <summary>Null when the manifest has no price for a model involved.</summary>
    public double? RoutedCost { get; init; }

    public double? FullEnsembleCost { get; init; }

    public double RoutedKappa { get; init; } = double.NaN;

    public double FullEnsembleKappa { get; init; } = double.NaN;
}
