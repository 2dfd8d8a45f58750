using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Pipeline;

/// <summary>What a run takes from its host for live judging: the environment (API keys, CI), progress and cancellation.</summary>
public sealed record LiveServices
{
    public static LiveServices Default { get; } = new();

    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public IProgress<JudgingProgress>? Progress { get; init; }

    public CancellationToken Cancellation { get; init; }
}
