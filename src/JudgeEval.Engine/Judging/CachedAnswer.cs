namespace JudgeEval.Engine.Judging;

/// <summary>A completed answer as stored in the cache: the text (or refusal) and the usage; never request headers.</summary>
public sealed record CachedAnswer
{
    public required string Key { get; init; }

    public string? Content { get; init; }

    public string? Refusal { get; init; }

    public string? FinishReason { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public string? Model { get; init; }
}
