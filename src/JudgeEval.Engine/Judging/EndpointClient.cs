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
    readonly OpenAIClientOptions batchOptions;
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
        options = Options(settings, TimeSpan.FromSeconds(settings.TimeoutSeconds));
        // A batch file of up to 200 MB takes longer to upload than a chat call takes to answer.
        batchOptions = Options(settings, TimeSpan.FromSeconds(Math.Max(settings.TimeoutSeconds, BatchTimeoutSeconds)));
        gate = new SemaphoreSlim(settings.Concurrency, settings.Concurrency);
        window = new RateWindow(settings.RequestsPerMinute, settings.TokensPerMinute, clock);
    }

    /// <summary>The least per-try timeout of the files and batches calls.</summary>
    const double BatchTimeoutSeconds = 600;

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

    OpenAIClientOptions Options(EndpointSettings endpoint, TimeSpan timeout)
    {
        var o = new OpenAIClientOptions
        {
            Endpoint = new Uri(endpoint.BaseUrl),
            OrganizationId = endpoint.Organization,
            NetworkTimeout = timeout,
            RetryPolicy = new JudgeRetryPolicy(endpoint.MaxRetries, () => Interlocked.Increment(ref retries)),
            UserAgentApplicationId = "judgeeval",
        };
        o.AddPolicy(new AnswerSizeLimit(), PipelinePosition.BeforeTransport);
        if (endpoint.Headers.Count > 0)
        {
            o.AddPolicy(new HeadersPolicy(endpoint.Headers), PipelinePosition.PerCall);
        }

        return o;
    }

    async Task<CallResult> SendAsync(string model, IReadOnlyList<ChatTurn> messages, double? temperature, long? seed, Scale scale, bool structured, CancellationToken ct)
    {
        var chat = clients.GetOrAdd(model, m => new ChatClient(m, credential, options));
        // The SDK's protocol method: its pipeline (key, headers, retries, timeout) with the body written and the answer
        // read directly, without building the SDK's request and response models per call.
        using var body = BinaryContent.Create(BinaryData.FromBytes(ChatRequestBody.Serialize(model, messages, temperature, seed, scale, structured)));
        try
        {
            var result = await chat.CompleteChatAsync(body, new RequestOptions { CancellationToken = ct }).ConfigureAwait(false);
            if (ChatResponseReader.Read(result.GetRawResponse().Content.ToMemory().Span) is not { } answer)
            {
                return CallResult.Failed("malformed response");
            }

            Interlocked.Add(ref inputTokens, answer.InputTokens);
            Interlocked.Add(ref outputTokens, answer.OutputTokens);
            AddCost(model, answer.InputTokens, answer.OutputTokens);
            return CallResult.Answered(answer);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return CallResult.Failed(Describe(e));
        }
    }

    void AddCost(string model, long input, long output)
    {
        if (settings.Prices.TryGetValue(model, out var price))
        {
            lock (costGate)
            {
                cost += price.Cost(input, output);
            }
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
    /// Sends <paramref name="requests"/> through the Batch API. Requests of a batch an earlier run left in flight are
    /// collected from it, not sent again; the rest, as far as the request budget allows, are split into batch files. The
    /// cost budget cannot stop a batch midway (the provider bills it whole), so it is checked before submitting only.
    /// Every request's result reaches <paramref name="collect"/>, a batch at a time.
    /// </summary>
    public async Task RunBatchAsync(
        IReadOnlyList<BatchRequest> requests, BatchLedger ledger, BatchReport report, Func<IReadOnlyDictionary<string, CallResult>, Task> collect, CancellationToken ct)
    {
        var models = requests.ToDictionary(r => r.Key, r => r.Model, StringComparer.Ordinal);
        var resumed = ledger.For(settings.BaseUrl).Where(b => b.Keys.Any(models.ContainsKey)).ToList();
        var inFlight = resumed.SelectMany(b => b.Keys).Where(models.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var fresh = requests.Where(r => !inFlight.Contains(r.Key)).ToList();
        var allowed = settings.MaxCost is { } maxCost && Cost >= maxCost ? 0 : Math.Max(0, Math.Min(fresh.Count, (settings.MaxRequests ?? int.MaxValue) - Calls));
        if (allowed < fresh.Count)
        {
            var budget = settings.MaxCost is { } m && Cost >= m ? BudgetKind.Cost : BudgetKind.Requests;
            await collect(fresh.Skip(allowed).ToDictionary(r => r.Key, _ => CallResult.Stopped(budget), StringComparer.Ordinal)).ConfigureAwait(false);
        }

        var (files, tooLarge) = BatchFiles.Split(fresh.Take(allowed).ToList(), settings.BatchMaxRequests, settings.BatchMaxBytes);
        if (tooLarge.Count > 0)
        {
            report.Add(new BatchEvent(settings.Id, BatchEventKind.TooLarge, null, null, null, tooLarge.Count));
            await collect(tooLarge.ToDictionary(k => k, _ => CallResult.Failed(BatchReasons.TooLarge), StringComparer.Ordinal)).ConfigureAwait(false);
        }

        // Resumed requests count as calls of this run: their answers, and what they cost, arrive now.
        Interlocked.Add(ref started, inFlight.Count + files.Sum(f => f.Keys.Count));
        var runner = new BatchRunner(settings, new BatchApi(credential, batchOptions), ledger, report, results =>
        {
            foreach (var (key, result) in results)
            {
                if (result.Answer is { } a)
                {
                    Interlocked.Add(ref inputTokens, a.InputTokens);
                    Interlocked.Add(ref outputTokens, a.OutputTokens);
                    if (models.TryGetValue(key, out var model))
                    {
                        AddCost(model, a.InputTokens, a.OutputTokens);
                    }
                }
            }

            return collect(results);
        });
        await runner.RunAsync(resumed, files, ct).ConfigureAwait(false);
    }

    /// <summary>The Files and Batches endpoints with this endpoint's key, headers and retries (for `judgeeval batch`).</summary>
    internal BatchApi Batches => new(credential, batchOptions);

    public void Dispose() => gate.Dispose();
}
