using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>An OpenAI-compatible endpoint for live judging; the key is read from the environment variable <see cref="ApiKeyEnv"/>.</summary>
public sealed record EndpointSpec
{
    public const int DefaultConcurrency = 4;

    public const double DefaultTimeoutSeconds = 60;

    public const int DefaultMaxRetries = 4;

    public const double DefaultBatchPollSeconds = 30;

    public const double DefaultBatchMaxWaitSeconds = 3600;

    public required string Id { get; init; }

    public required string BaseUrl { get; init; }

    /// <summary>The name of the environment variable holding the key, never the key; null for local servers that need none.</summary>
    public string? ApiKeyEnv { get; init; }

    public string? Organization { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public int Concurrency { get; init; } = DefaultConcurrency;

    public int? RequestsPerMinute { get; init; }

    public int? TokensPerMinute { get; init; }

    public double TimeoutSeconds { get; init; } = DefaultTimeoutSeconds;

    public int? MaxRequests { get; init; }

    public double? MaxCost { get; init; }

    public int MaxRetries { get; init; } = DefaultMaxRetries;

    /// <summary>Ask for JSON-schema structured output; false for servers that reject response_format.</summary>
    public bool StructuredOutput { get; init; } = true;

    /// <summary>Send uncached requests through the OpenAI Batch API instead of one call each.</summary>
    public bool Batch { get; init; }

    public double BatchPollSeconds { get; init; } = DefaultBatchPollSeconds;

    public double BatchMaxWaitSeconds { get; init; } = DefaultBatchMaxWaitSeconds;

    /// <summary>Requests per batch file.</summary>
    public int BatchMaxRequests { get; init; } = Judging.EndpointSettings.DefaultBatchMaxRequests;

    /// <summary>Bytes per batch file.</summary>
    public long BatchMaxBytes { get; init; } = Judging.EndpointSettings.DefaultBatchMaxBytes;

    /// <summary>Batches running at once.</summary>
    public int BatchMaxInFlight { get; init; } = Judging.EndpointSettings.DefaultBatchMaxInFlight;

    public IReadOnlyDictionary<string, PriceSpec> Prices { get; init; } = new Dictionary<string, PriceSpec>(StringComparer.Ordinal);

    public required SourceLocation At { get; init; }

    /// <summary>The apiKeyEnv value's node, or the endpoint's when it has none.</summary>
    public required SourceLocation ApiKeyEnvAt { get; init; }
}
