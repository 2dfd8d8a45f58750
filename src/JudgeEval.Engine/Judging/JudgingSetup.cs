using System.Text.RegularExpressions;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>Checks endpoints and judges before any call; every problem is a diagnostic at the manifest node.</summary>
internal static partial class JudgingSetup
{
    /// <summary>Headers that carry credentials belong in apiKeyEnv, where they stay out of manifests and logs.</summary>
    static readonly HashSet<string> CredentialHeaders = new(["Authorization", "Proxy-Authorization", "api-key", "X-Api-Key", "OpenAI-Organization", "Cookie"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<string, EndpointSettings> Endpoints(IEnumerable<EndpointSettings> endpoints, ICollection<Diagnostic> diagnostics)
    {
        var valid = new Dictionary<string, EndpointSettings>(StringComparer.Ordinal);
        foreach (var e in endpoints)
        {
            var problems = new List<string>();
            if (!Uri.TryCreate(e.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                problems.Add($"baseUrl '{UrlText.Redact(e.BaseUrl)}' is not an absolute http(s) URL");
            }

            if (e.Concurrency < 1 || e.RequestsPerMinute < 1 || e.TokensPerMinute < 1 || e.MaxRequests < 0 || e.MaxCost < 0 || e.MaxRetries < 0
                || !(e.TimeoutSeconds > 0))
            {
                problems.Add("concurrency, requestsPerMinute, tokensPerMinute and timeoutSeconds must be positive, maxRequests, maxCost and retries not negative");
            }

            if (e.BatchMaxRequests < 1 || e.BatchMaxBytes < 1 || e.BatchMaxInFlight < 1 || !(e.BatchPollSeconds > 0) || !(e.BatchMaxWaitSeconds > 0))
            {
                problems.Add("batchMaxRequests, batchMaxBytes, batchMaxInFlight, batchPollSeconds and batchMaxWaitSeconds must be positive");
            }

            problems.AddRange(e.Headers.Keys.Where(CredentialHeaders.Contains).Select(h => $"header '{h}' carries credentials; use apiKeyEnv"));
            if (problems.Count > 0)
            {
                diagnostics.Add(JudgingDiagnostics.InvalidEndpoint.Create($"Endpoint '{e.Id}': {string.Join("; ", problems)}.", e.Location));
                continue;
            }

            if (e.ApiKeyEnv is { } name && !VariableName().IsMatch(name))
            {
                // The value is deliberately not quoted: it may be a real key.
                diagnostics.Add(JudgingDiagnostics.InvalidApiKeyEnv.Create(
                    $"Endpoint '{e.Id}': apiKeyEnv must name an environment variable (letters, digits, underscores), not hold a key.", e.Location));
                continue;
            }

            valid[e.Id] = e;
        }

        return valid;
    }

    public static IReadOnlyList<PreparedJudge> Judges(LiveJudgingRequest request, IReadOnlyDictionary<string, EndpointSettings> endpoints, ICollection<Diagnostic> diagnostics)
    {
        var prepared = new List<PreparedJudge>();
        foreach (var j in request.Judges)
        {
            if (!endpoints.TryGetValue(j.EndpointId, out var endpoint))
            {
                if (!request.Endpoints.Any(e => e.Id == j.EndpointId))
                {
                    diagnostics.Add(JudgingDiagnostics.UnknownEndpoint.Create(
                        $"Judge '{j.JudgeId}' names endpoint '{j.EndpointId}', which is not defined; defined: {string.Join(", ", request.Endpoints.Select(e => e.Id))}.", j.Location));
                }

                continue;
            }

            if (j.Samples < 1 || j.Temperature is < 0 or > 2 || string.IsNullOrWhiteSpace(j.Model))
            {
                diagnostics.Add(JudgingDiagnostics.InvalidJudgeSetting.Create(
                    $"Judge '{j.JudgeId}': samples must be at least 1 (is {j.Samples}), temperature within 0..2 (is {j.Temperature}), model given.", j.Location));
                continue;
            }

            if (PromptTemplate.Load(j.Prompt, request.BaseDirectory, request.Task, j.Location, diagnostics) is not { } template)
            {
                continue;
            }

            if (endpoint.MaxCost is not null && !endpoint.Prices.ContainsKey(j.Model))
            {
                diagnostics.Add(JudgingDiagnostics.NoPrice.Create(
                    $"Endpoint '{endpoint.Id}' has maxCost {endpoint.MaxCost} but no price for model '{j.Model}' of judge '{j.JudgeId}'; its cost is not counted.", j.Location));
            }

            prepared.Add(new PreparedJudge(j, endpoint, template));
        }

        return prepared;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,127}$")]
    private static partial Regex VariableName();
}
