namespace JudgeEval.Engine.Reporting.Results;

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

    public double? RoutedCost { get; init; }

    public double? FullEnsembleCost { get; init; }

    public double? RoutedKappa { get; init; }

    public double? FullEnsembleKappa { get; init; }
}
