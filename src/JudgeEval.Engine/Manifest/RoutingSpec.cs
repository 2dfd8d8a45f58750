using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// Two-pass routing on recorded data: the <see cref="First"/> judge's grades in [BandLow, BandHigh] escalate to
/// the <see cref="Ensemble"/>. Costs use the top-level prices and the tokens per call (default 1000 in, 50 out).
/// </summary>
public sealed record RoutingSpec
{
    public const int DefaultInputTokens = 1000;

    public const int DefaultOutputTokens = 50;

    public required string First { get; init; }

    public required string Ensemble { get; init; }

    public required double BandLow { get; init; }

    public required double BandHigh { get; init; }

    public int InputTokens { get; init; } = DefaultInputTokens;

    public int OutputTokens { get; init; } = DefaultOutputTokens;

    public required SourceLocation At { get; init; }

    public required SourceLocation FirstAt { get; init; }

    public required SourceLocation EnsembleAt { get; init; }

    public required SourceLocation BandAt { get; init; }

    public bool Escalates(double firstGrade) => firstGrade >= BandLow && firstGrade <= BandHigh;
}
