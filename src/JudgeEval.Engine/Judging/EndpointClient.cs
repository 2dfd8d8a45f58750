using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text.Json;
using JudgeEval.Engine.Data;
using OpenAI;
using OpenAI.Chat;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Calls one endpoint through the official OpenAI SDK: bounded concurrency, a per-minute rate window, request and cost
/// budgets, and the SDK pipeline's retries and timeout. The key lives only in the SDK credential.
/// </summary>
internal sealed class EndpointClient : IDisposable
{
    readonly EndpointSettings settings;
    readonly ApiKeyCredential credential;
    readonly OpenAIClientOptions options;
    readonly ConcurrentDictionary<string, ChatClient> clients = new(StringComparer.Ordinal);
    readonly SemaphoreSlim gate;
    readonly RateWindow window;
    readonly object costGate = new();
    int started;
    int retries;
    long inputTokens;
    long outputTokens;
    double cost;

    public EndpointClient(EndpointSettings settings, string apiKey, TimeProvider clock)
    {
        this.settings = settings;
        credential = new ApiKeyCredential(apiKey);
        options = new OpenAIClientOptions
        {
            Endpoint = new Uri(settings.BaseUrl),
            OrganizationId = settings.Organization,
            NetworkTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            RetryPolicy = new JudgeRetryPolicy(settings.MaxRetries, () => Interlocked.Increment(ref retries)),
            UserAgentApplicationId = "judgeeval",
        };
        options.AddPolicy(new AnswerSizeLimit(), PipelinePosition.BeforeTransport);
        if (settings.Headers.Count > 0)
        {
            options.AddPolicy(new HeadersPolicy(settings.Headers), PipelinePosition.PerCall);
        }

        gate = new SemaphoreSlim(settings.Concurrency, settings.Concurrency);
        window = new RateWindow(settings.RequestsPerMinute, settings.TokensPerMinute, clock);
    }

    public int Calls => Volatile.Read(ref started);

    public int Retries => Volatile.Read(ref retries);

    public long InputTokens => Interlocked.Read(ref inputTokens);

    public long OutputTokens => Interlocked.Read(ref outputTokens);

    public double Cost
    {
        get
        {
            lock (costGate)
            {
                return cost;
            }
        }
    }

    public async Task<CallResult> CallAsync(string model, IReadOnlyList<ChatTurn> messages, double? temperature, long? seed, Scale scale, bool structured, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (settings.MaxCost is { } maxCost && Cost >= maxCost)
            {
                return CallResult.Stopped(BudgetKind.Cost);
            }

            if (Interlocked.Increment(ref started) > (settings.MaxRequests ?? int.MaxValue))
            {
                Interlocked.Decrement(ref started);
                return CallResult.Stopped(BudgetKind.Requests);
            }

            // Rough size for the token window: ~4 characters per token plus room for a short answer.
            await window.WaitAsync((messages.Sum(m => (long)m.Content.Length) / 4) + 256, ct).ConfigureAwait(false);
            return await SendAsync(model, messages, temperature, seed, scale, structured, ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    async Task<CallResult> SendAsync(string model, IReadOnlyList<ChatTurn> messages, double? temperature, long? seed, Scale scale, bool structured, CancellationToken ct)
    {
        var chat = clients.GetOrAdd(model, m => new ChatClient(m, credential, options));
        var request = new ChatCompletionOptions
        {
            Temperature = temperature is { } t ? (float)t : null,
            ResponseFormat = structured
                ? ChatResponseFormat.CreateJsonSchemaFormat(VerdictSchema.Name(scale), BinaryData.FromString(VerdictSchema.Json(scale)), jsonSchemaIsStrict: true)
                : null,
        };
#pragma warning disable OPENAI001 // Seed is marked experimental (OpenAI calls it best-effort determinism); it is exactly what reproducible judging asks for.
        request.Seed = seed;
#pragma warning restore OPENAI001
        ChatMessage[] chatMessages = [.. messages.Select(m => m.Role == "system" ? (ChatMessage)new SystemChatMessage(m.Content) : new UserChatMessage(m.Content))];
        try
        {
            var completion = (await chat.CompleteChatAsync(chatMessages, request, ct).ConfigureAwait(false)).Value;
            var input = completion.Usage?.InputTokenCount ?? 0;
            var output = completion.Usage?.OutputTokenCount ?? 0;
            Interlocked.Add(ref inputTokens, input);
            Interlocked.Add(ref outputTokens, output);
            if (settings.Prices.TryGetValue(model, out var price))
            {
                lock (costGate)
                {
                    cost += price.Cost(input, output);
                }
            }

            return CallResult.Answered(new CachedAnswer
            {
                Key = string.Empty,
                Content = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text)),
                Refusal = completion.Refusal,
                FinishReason = completion.FinishReason.ToString(),
                InputTokens = input,
                OutputTokens = output,
                Model = completion.Model,
            });
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return CallResult.Failed(Describe(e));
        }
    }

    /// <summary>A short reason for the record; never the exception text, which may quote request details.</summary>
    static string Describe(Exception e) => e switch
    {
        AnswerTooLargeException tooLarge => tooLarge.Message,
        AggregateException { InnerExceptions.Count: > 0 } a => Describe(a.InnerExceptions[^1]),
        ClientResultException { Status: > 0 } c => $"http {c.Status}",
        OperationCanceledException or TimeoutException => "timeout",
        HttpRequestException or IOException or SocketException or ClientResultException => "network error",
        JsonException or FormatException or InvalidOperationException or ArgumentException or KeyNotFoundException => "malformed response",
        _ => "call failed (" + e.GetType().Name + ")",
    };

    /// <summary>
    /// Sends what the request budget allows as one batch; the rest is a budget stop. The cost budget cannot stop a batch
    /// midway (the provider bills it whole), so it is checked before submitting only.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, CallResult>> RunBatchAsync(IReadOnlyList<BatchRequest> requests, CancellationToken ct)
    {
        var results = new Dictionary<string, CallResult>(StringComparer.Ordinal);
        var allowed = settings.MaxCost is { } maxCost && Cost >= maxCost ? 0 : Math.Min(requests.Count, (settings.MaxRequests ?? int.MaxValue) - Calls);
        foreach (var r in requests.Skip(Math.Max(0, allowed)))
        {
            results[r.Key] = CallResult.Stopped(settings.MaxCost is { } m && Cost >= m ? BudgetKind.Cost : BudgetKind.Requests);
        }

        if (allowed <= 0)
        {
            return results;
        }

        var sent = requests.Take(allowed).ToList();
        Interlocked.Add(ref started, sent.Count);
        var answers = await BatchRunner.RunAsync(settings, credential, options, sent, ct).ConfigureAwait(false);
        foreach (var (key, result) in answers)
        {
            if (result.Answer is { } a)
            {
                Interlocked.Add(ref inputTokens, a.InputTokens);
                Interlocked.Add(ref outputTokens, a.OutputTokens);
                var model = sent.First(r => r.Key == key).Model;
                if (settings.Prices.TryGetValue(model, out var price))
                {
                    lock (costGate)
                    {
                        cost += price.Cost(a.InputTokens, a.OutputTokens);
                    }
                }
            }

            results[key] = result;
        }

        return results;
    }

    public void Dispose() => gate.Dispose();
}
