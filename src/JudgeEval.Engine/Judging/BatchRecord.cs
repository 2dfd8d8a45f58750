namespace JudgeEval.Engine.Judging;

/// <summary>
/// A batch submitted to a provider, as the cache remembers it until its answers are collected: the provider's batch id,
/// the endpoint (normalized base URL), its input file, when it was submitted and the cache keys of its requests.
/// </summary>
public sealed record BatchRecord
{
    public required string Id { get; init; }

    public required string BaseUrl { get; init; }

    public string? InputFileId { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public required IReadOnlyList<string> Keys { get; init; }
}
