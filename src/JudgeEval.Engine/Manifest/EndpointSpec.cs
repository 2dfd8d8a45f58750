using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>An OpenAI-compatible endpoint for live judging; the key is read from the environment variable <see cref="ApiKeyEnv"/>.</summary>
public sealed record EndpointSpec
{
    public const int DefaultConcurrency = 4;

    public const double DefaultTimeoutSeconds = 60;

    public required string Id { get; init; }

    public required string BaseUrl { get; init; }

    /// <summary>The name of the environment variable holding the key, never the key.</summary>
    public required string ApiKeyEnv { get; init; }

    public string? Organization { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public int Concurrency { get; init; } = DefaultConcurrency;

    public int? RequestsPerMinute { get; init; }

    public int? TokensPerMinute { get; init; }

    public double TimeoutSeconds { get; init; } = DefaultTimeoutSeconds;

    public int? MaxRequests { get; init; }

    public double? MaxCost { get; init; }

    public IReadOnlyDictionary<string, PriceSpec> Prices { get; init; } = new Dictionary<string, PriceSpec>(StringComparer.Ordinal);

    public required SourceLocation At { get; init; }

    public required SourceLocation ApiKeyEnvAt { get; init; }
}
