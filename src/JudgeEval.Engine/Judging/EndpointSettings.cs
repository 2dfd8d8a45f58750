using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>An OpenAI-compatible endpoint, as given under the manifest's `endpoints`.</summary>
public sealed record EndpointSettings
{
    public required string Id { get; init; }

    /// <summary>E.g. https://api.openai.com/v1; the SDK appends /chat/completions.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The NAME of the environment variable holding the key; the key itself is never stored. Null: the endpoint needs no key.</summary>
    public string? ApiKeyEnv { get; init; }

    public string? Organization { get; init; }

    /// <summary>Extra request headers (e.g. X-Title); never credentials.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public int Concurrency { get; init; } = 4;

    public int? RequestsPerMinute { get; init; }

    public int? TokensPerMinute { get; init; }

    public double TimeoutSeconds { get; init; } = 60;

    /// <summary>Retries per request on 429, 5xx and timeouts.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>Request budget: logical calls (a call's retries are not counted again).</summary>
    public int? MaxRequests { get; init; }

    public double? MaxCost { get; init; }

    /// <summary>Per model id.</summary>
    public IReadOnlyDictionary<string, ModelPrice> Prices { get; init; } = new Dictionary<string, ModelPrice>();

    /// <summary>Ask for JSON-schema structured output; turn off for servers that reject response_format.</summary>
    public bool StructuredOutput { get; init; } = true;

    /// <summary>Send the requests not in the cache through the OpenAI Batch API (files + batches) instead of one call each.</summary>
    public bool Batch { get; init; }

    public double BatchPollSeconds { get; init; } = 30;

    /// <summary>How long to wait for a batch; what is unfinished then counts as missing ("batch not finished").</summary>
    public double BatchMaxWaitSeconds { get; init; } = 3600;

    /// <summary>Requests per batch file (OpenAI's limit: 50,000).</summary>
    public int BatchMaxRequests { get; init; } = DefaultBatchMaxRequests;

    /// <summary>Bytes per batch file (OpenAI's limit: 200 MB).</summary>
    public long BatchMaxBytes { get; init; } = DefaultBatchMaxBytes;

    /// <summary>Batches running at once, resumed ones included.</summary>
    public int BatchMaxInFlight { get; init; } = DefaultBatchMaxInFlight;

    public const int DefaultBatchMaxRequests = 50_000;

    public const long DefaultBatchMaxBytes = 200_000_000;

    public const int DefaultBatchMaxInFlight = 4;

    /// <summary>The endpoint's node in the manifest.</summary>
    public SourceLocation? Location { get; init; }
}
