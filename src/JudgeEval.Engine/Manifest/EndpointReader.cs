using JudgeEval.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads `endpoints:` (OpenAI-compatible servers for live judging). Credentials stay in environment variables.</summary>
internal static class EndpointReader
{
    static readonly string[] Keys =
    [
        "id", "baseUrl", "apiKeyEnv", "organization", "headers", "concurrency", "requestsPerMinute", "tokensPerMinute",
        "timeoutSeconds", "maxRequests", "maxCost", "prices", "maxRetries", "structuredOutput", "batch", "batchPollSeconds",
        "batchMaxWaitSeconds",
        "batchMaxRequests", "batchMaxBytes", "batchMaxInFlight",
    ];

    public static IReadOnlyList<EndpointSpec> Read(Section top, IdRegistry ids)
    {
        var list = top.List("endpoints");
        return list is null ? [] : [.. list.Children.Select((n, i) => ReadOne(top.Context, n, $"endpoints[{i}]", ids)).OfType<EndpointSpec>()];
    }

    static EndpointSpec? ReadOne(ManifestContext cx, YamlNode node, string where, IdRegistry ids)
    {
        var s = Section.Open(cx, node, where, Keys);
        if (s is null)
        {
            return null;
        }

        var id = ids.Claim(s, "endpoint");
        EndpointSecrets.Check(s);
        var baseUrl = BaseUrl(s);
        var apiKeyEnv = ApiKeyEnv(s);
        var organization = s.Text("organization");
        var headers = Headers(s);
        var endpoint = new EndpointSpec
        {
            Id = id ?? string.Empty,
            BaseUrl = baseUrl ?? string.Empty,
            ApiKeyEnv = apiKeyEnv,
            Organization = organization,
            Headers = headers,
            Concurrency = s.Int("concurrency", 1, 1000) ?? EndpointSpec.DefaultConcurrency,
            RequestsPerMinute = s.Int("requestsPerMinute", 1),
            TokensPerMinute = s.Int("tokensPerMinute", 1),
            TimeoutSeconds = s.Number("timeoutSeconds", 0.001, 86_400) ?? EndpointSpec.DefaultTimeoutSeconds,
            MaxRequests = s.Int("maxRequests", 0),
            MaxCost = s.Number("maxCost", 0),
            MaxRetries = s.Int("maxRetries", 0, 100) ?? EndpointSpec.DefaultMaxRetries,
            StructuredOutput = s.Bool("structuredOutput") ?? true,
            Batch = s.Bool("batch") ?? false,
            BatchPollSeconds = s.Number("batchPollSeconds", 0.001, 86_400) ?? EndpointSpec.DefaultBatchPollSeconds,
            BatchMaxWaitSeconds = s.Number("batchMaxWaitSeconds", 0.001, 7 * 86_400) ?? EndpointSpec.DefaultBatchMaxWaitSeconds,
            BatchMaxRequests = s.Int("batchMaxRequests", 1, 10_000_000) ?? Judging.EndpointSettings.DefaultBatchMaxRequests,
            BatchMaxBytes = s.Int("batchMaxBytes", 1024) ?? Judging.EndpointSettings.DefaultBatchMaxBytes,
            BatchMaxInFlight = s.Int("batchMaxInFlight", 1, 1000) ?? Judging.EndpointSettings.DefaultBatchMaxInFlight,
            Prices = PriceReader.Read(cx, s.Value("prices"), s.Where("prices")),
            At = s.At,
            ApiKeyEnvAt = s.ValueAt("apiKeyEnv"),
        };
        return id is null || baseUrl is null || (apiKeyEnv is null && s.Value("apiKeyEnv") is not null) ? null : endpoint;
    }

    static string? BaseUrl(Section s)
    {
        var url = s.Text("baseUrl", required: true);
        if (url is null)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            s.Context.Report(ManifestDiagnostics.BadValue, $"{s.Where("baseUrl")} must be an absolute http or https URL, not '{UrlText.Redact(url)}'.", s.ValueAt("baseUrl"));
            return null;
        }

        return url;
    }

    static string? ApiKeyEnv(Section s)
    {
        // Optional: local servers (vLLM, Ollama, LM Studio) need no key.
        var node = s.Value("apiKeyEnv");
        if (node is null || Scalars.Scalar(s.Context, node, s.Where("apiKeyEnv"), "the name of an environment variable") is not { Value: { } name })
        {
            return null;
        }

        if (SecretCheck.LooksLikeKeyInsteadOfName(name))
        {
            s.Context.Report(
                ManifestDiagnostics.LiteralSecret,
                $"{s.Where("apiKeyEnv")} must be the NAME of an environment variable (letters, digits, '_'), such as OPENAI_API_KEY; the value written here looks like a key and is not shown. If it is a real key, revoke it.",
                node);
            return null;
        }

        return name;
    }

    static Dictionary<string, string> Headers(Section s)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var node = s.Value("headers");
        if (node is null)
        {
            return headers;
        }

        if (node is not YamlMappingNode mapping)
        {
            s.Context.Report(ManifestDiagnostics.WrongType, $"{s.Where("headers")} must map header names to values, not {Scalars.Describe(node)}.", node);
            return headers;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = Scalars.Text(s.Context, keyNode, $"{s.Where("headers")} key");
            if (name is null || Scalars.Scalar(s.Context, valueNode, $"{s.Where("headers")}.{name}", "text") is not { } value)
            {
                continue;
            }

            if (SecretCheck.IsCredentialHeader(name) || SecretCheck.LooksLikeCredential(value.Value ?? string.Empty))
            {
                s.Context.Report(
                    ManifestDiagnostics.LiteralSecret,
                    $"{s.Where("headers")}.{name} looks like a credential (its value is not shown); the key comes from `apiKeyEnv` only.",
                    valueNode);
                continue;
            }

            headers[name] = value.Value ?? string.Empty;
        }

        return headers;
    }
}
