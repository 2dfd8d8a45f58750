using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Pipeline;

/// <summary>What a run takes from its host: the environment (API keys, CI), progress and cancellation of live judging, the clock.</summary>
public sealed record LiveServices
{
    public static LiveServices Default { get; } = new();

    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public IProgress<JudgingProgress>? Progress { get; init; }

    public CancellationToken Cancellation { get; init; }

    /// <summary>The clock of the run history's dates; injected so tests are stable.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
