using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Judging;

/// <summary>Everything a live run needs; the manifest loader's output mapped by the CLI.</summary>
public sealed record LiveJudgingRequest
{
    public required IReadOnlyList<EvalItem> Items { get; init; }

    public required Scale Scale { get; init; }

    public TaskKind Task => Scale.Kind;

    public required IReadOnlyList<LiveJudgeSettings> Judges { get; init; }

    public required IReadOnlyList<EndpointSettings> Endpoints { get; init; }

    public required CacheSettings Cache { get; init; }

    /// <summary>Relative prompt, record and cache paths resolve against it (the manifest's folder).</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Environment lookup for API keys; tests inject one.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
}
