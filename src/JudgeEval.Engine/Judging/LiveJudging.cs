using System.Diagnostics;
using System.Globalization;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Runs live judges: every (judge, item, sample, order) request is served from the cache or, unless offline, sent to the
/// judge's endpoint; answers are cached as they arrive, so a cancelled or budget-stopped run resumes where it stopped.
/// Verdicts come out shaped exactly like imported recorded judgments, so the audit cannot tell them apart.
/// </summary>
public static class LiveJudging
{
    public static async Task<LiveJudgingOutcome> RunAsync(LiveJudgingRequest request, IProgress<JudgingProgress>? progress, CancellationToken ct)
    {
        var diagnostics = new List<Diagnostic>();
        var endpoints = JudgingSetup.Endpoints(request.Endpoints, diagnostics);
        var judges = JudgingSetup.Judges(request, endpoints, diagnostics);
        var keys = endpoints.Values.ToDictionary(e => e.Id, e => ApiKey(e, request.Environment), StringComparer.Ordinal);
        var redactor = new SecretRedactor(keys.Values.OfType<string>().Where(k => k != NoKey));
        var cache = new AnswerCache(Path.GetFullPath(Path.Combine(request.BaseDirectory, request.Cache.Path)));
        var units = Plan(request, judges);
        var results = new Verdict[units.Count];
        var raw = new string?[units.Count];
        var answered = new bool[units.Count];
        var fromCache = new bool[units.Count];
        var clock = Stopwatch.StartNew();
        var done = 0;
        var hits = 0;
        var clients = new Dictionary<string, EndpointClient>(StringComparer.Ordinal);
        var cacheWriteFailed = 0;

        try
        {
            var pending = new List<int>();
            for (var i = 0; i < units.Count; i++)
            {
                var u = units[i];
                if (u.Messages is null)
                {
                    results[i] = Verdict.Missing($"item has no {ItemField(u.Lacking!, u.Swapped)}");
                    answered[i] = true;
                }
                else if (cache.TryGet(u.Key!) is { } hit)
                {
                    (results[i], raw[i]) = Interpret(hit, u, request.Scale, redactor);
                    answered[i] = true;
                    fromCache[i] = true;
                    hits++;
                }
                else if (request.Cache.Offline)
                {
                    results[i] = Verdict.Missing("not in cache (offline)");
                }
                else if (keys[u.Judge.Endpoint.Id] is null)
                {
                    results[i] = Verdict.Missing("no API key");
                }
                else
                {
                    pending.Add(i);
                    continue;
                }

                done++;
            }

            Report();
            foreach (var e in pending.Select(i => units[i].Judge.Endpoint).DistinctBy(e => e.Id))
            {
                clients[e.Id] = new EndpointClient(e, keys[e.Id]!, TimeProvider.System);
            }

            void Store(int i, CallResult call)
            {
                var u = units[i];
                if (call.Answer is { } answer)
                {
                    // Redacted before storing: a server that echoes the key must not plant it in the cache.
                    answer = answer with { Key = u.Key!, Content = redactor.Redact(answer.Content), Refusal = redactor.Redact(answer.Refusal) };
                    if (!cache.TryPut(answer))
                    {
                        Interlocked.Increment(ref cacheWriteFailed);
                    }

                    (results[i], raw[i]) = Interpret(answer, u, request.Scale, redactor);
                    answered[i] = true;
                }
                else
                {
                    results[i] = Verdict.Missing(call.Failure!);
                }

                Interlocked.Increment(ref done);
                Report();
            }

            var batched = pending.Where(i => units[i].Judge.Endpoint.Batch).GroupBy(i => units[i].Judge.Endpoint.Id);
            var single = pending.Where(i => !units[i].Judge.Endpoint.Batch);
            await Task.WhenAll(batched.Select(async group =>
            {
                // Identical requests (same key) are sent once; every unit with that key gets the answer.
                var byKey = group.GroupBy(i => units[i].Key!, StringComparer.Ordinal).ToList();
                var requests = byKey.Select(g =>
                {
                    var u = units[g.First()];
                    return new BatchRequest(g.Key, u.Judge.Settings.Model, u.Messages!, u.Judge.Settings.Temperature, u.Judge.Settings.Seed, request.Scale, u.Judge.Endpoint.StructuredOutput);
                }).ToList();
                var answers = await clients[group.Key].RunBatchAsync(requests, ct).ConfigureAwait(false);
                foreach (var g in byKey)
                {
                    foreach (var i in g)
                    {
                        Store(i, answers[g.Key]);
                    }
                }
            }).Concat(single.Select(async i =>
            {
                var u = units[i];
                var s = u.Judge.Settings;
                var call = await clients[u.Judge.Endpoint.Id]
                    .CallAsync(s.Model, u.Messages!, s.Temperature, s.Seed, request.Scale, u.Judge.Endpoint.StructuredOutput, ct)
                    .ConfigureAwait(false);
                Store(i, call);
            }))).ConfigureAwait(false);

            return Finish(request, judges, units, results, raw, answered, fromCache, clients, cacheWriteFailed, cache, redactor, diagnostics);
        }
        finally
        {
            foreach (var c in clients.Values)
            {
                c.Dispose();
            }
        }

        void Report() => progress?.Report(new JudgingProgress(
            Volatile.Read(ref done), units.Count, hits, clients.Values.Sum(c => c.Calls), clients.Values.Sum(c => c.Cost), clock.Elapsed));
    }

    /// <summary>Sent as the bearer token to endpoints without apiKeyEnv (local servers such as vLLM or Ollama need none).</summary>
    const string NoKey = "no-key";

    static string? ApiKey(EndpointSettings endpoint, Func<string, string?> environment) =>
        endpoint.ApiKeyEnv is not { } name ? NoKey : environment(name) is { Length: > 0 } key ? key : null;

    /// <summary>What `judgeeval cache key` prints for one request, and where its answer is (or would be) cached.</summary>
    public static CacheKeyReport ExplainCacheKey(LiveJudgingRequest request, string judgeId, string itemId, int sample, bool swapped)
    {
        var diagnostics = new List<Diagnostic>();
        var judges = JudgingSetup.Judges(request, JudgingSetup.Endpoints(request.Endpoints, diagnostics), diagnostics);
        var unit = Plan(request, judges.Where(j => j.Settings.JudgeId == judgeId).ToList())
            .FirstOrDefault(u => request.Items[u.Item].Id == itemId && u.Sample == sample && u.Swapped == swapped);
        if (unit?.Key is null)
        {
            return new CacheKeyReport(null, null, diagnostics);
        }

        var cache = new AnswerCache(Path.GetFullPath(Path.Combine(request.BaseDirectory, request.Cache.Path)));
        return new CacheKeyReport(CacheKey.Explain(unit.KeyInput!), cache.PathOf(unit.Key), diagnostics);
    }

    static List<Unit> Plan(LiveJudgingRequest request, IReadOnlyList<PreparedJudge> judges)
    {
        var units = new List<Unit>();
        foreach (var judge in judges)
        {
            var schema = judge.Endpoint.StructuredOutput ? VerdictSchema.Json(request.Scale) : null;
            for (var item = 0; item < request.Items.Count; item++)
            {
                for (var sample = 0; sample < judge.Settings.Samples; sample++)
                {
                    foreach (var swapped in request.Task == TaskKind.Pairwise ? new[] { false, true } : [false])
                    {
                        var messages = judge.Template.Render(PromptTemplate.Values(request.Items[item], request.Scale, swapped), out var lacking);
                        var input = messages is null ? null : new CacheKeyInput(
                            judge.Endpoint.BaseUrl, judge.Settings.Model, messages, judge.Settings.Temperature, judge.Settings.Seed, schema, sample, judge.Template.Version);
                        units.Add(new Unit(judge, item, sample, swapped, messages, lacking, input, input is null ? null : CacheKey.Compute(input)));
                    }
                }
            }
        }

        return units;
    }

    /// <summary>The item field behind a placeholder, so the reason names what to fix in the data.</summary>
    static string ItemField(string placeholder, bool swapped) => placeholder switch
    {
        "textA" => swapped ? "textB" : "text",
        "textB" => swapped ? "text" : "textB",
        _ => placeholder,
    };

    static (Verdict Verdict, string? Raw) Interpret(CachedAnswer answer, Unit unit, Scale scale, SecretRedactor redactor)
    {
        var raw = redactor.Redact(answer.Refusal is { Length: > 0 } ? answer.Refusal : answer.Content);
        if (answer.Refusal is { Length: > 0 } || string.Equals(answer.FinishReason, "ContentFilter", StringComparison.OrdinalIgnoreCase))
        {
            return (Verdict.Missing("refused"), raw);
        }

        var parsed = VerdictParser.Parse(answer.Content, scale);
        if (parsed.Value is null && string.Equals(answer.FinishReason, "Length", StringComparison.OrdinalIgnoreCase))
        {
            parsed = Verdict.Missing("truncated");
        }

        return (parsed.Value is { } v && unit.Swapped ? Verdict.Of(VerdictParser.MapSwapped(v)) : parsed, raw);
    }

    static LiveJudgingOutcome Finish(
        LiveJudgingRequest request, IReadOnlyList<PreparedJudge> judges, List<Unit> units, Verdict[] results, string?[] raw, bool[] answered,
        bool[] fromCache, Dictionary<string, EndpointClient> clients, int cacheWriteFailed, AnswerCache cache, SecretRedactor redactor, List<Diagnostic> diagnostics)
    {
        var byJudge = new Dictionary<string, IReadOnlyList<Judgment>>(StringComparer.Ordinal);
        foreach (var judge in judges)
        {
            var mine = Enumerable.Range(0, units.Count).Where(i => units[i].Judge == judge).ToList();
            var judgments = mine
                .GroupBy(i => (units[i].Item, units[i].Sample))
                .Select(g => ToJudgment(request.Items[g.Key.Item], g.Key.Sample, g.ToList(), units, results, raw))
                .ToList();
            byJudge[judge.Settings.JudgeId] = judgments;
            Summarize(judge, mine.Select(i => results[i]).ToList(), diagnostics);

            if (judge.Settings.RecordPath is { } record)
            {
                try
                {
                    JudgmentRecorder.Write(Path.Combine(request.BaseDirectory, record), redactor.Redact(JudgmentRecorder.ToJsonl(judge.Settings.JudgeId, request.Task, judgments))!);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    diagnostics.Add(JudgingDiagnostics.RecordFailed.Create($"Judge '{judge.Settings.JudgeId}': could not write '{record}' ({e.GetType().Name}).", judge.Settings.Location));
                }
            }
        }

        foreach (var endpoint in judges.Select(j => j.Endpoint).DistinctBy(e => e.Id))
        {
            EndpointDiagnostics(endpoint, units, results, fromCache, clients.GetValueOrDefault(endpoint.Id), request, diagnostics);
        }

        if (cacheWriteFailed > 0)
        {
            diagnostics.Add(JudgingDiagnostics.CacheUnavailable.Create($"{cacheWriteFailed} answer(s) could not be stored under '{cache.Root}'.", null));
        }

        var counters = new JudgingCounters
        {
            Requests = units.Count,
            Calls = clients.Values.Sum(c => c.Calls),
            CacheHits = fromCache.Count(c => c),
            Retries = clients.Values.Sum(c => c.Retries),
            InputTokens = clients.Values.Sum(c => c.InputTokens),
            OutputTokens = clients.Values.Sum(c => c.OutputTokens),
            Cost = clients.Values.Sum(c => c.Cost),
            Missing = results.Count(r => r.Value is null),
        };
        return new LiveJudgingOutcome
        {
            Judgments = byJudge,
            Diagnostics = [.. diagnostics.Select(d => d with { Message = redactor.Redact(d.Message)! })],
            Counters = counters,
            Complete = answered.All(a => a) && diagnostics.All(d => d.Severity != Severity.Error),
        };
    }

    static Judgment ToJudgment(EvalItem item, int sample, List<int> unitIndexes, List<Unit> units, Verdict[] results, string?[] raw)
    {
        if (unitIndexes.Count == 1)
        {
            var i = unitIndexes[0];
            return new Judgment { ItemId = item.Id, Score = results[i].Value, Sample = sample, MissingReason = results[i].MissingReason, RawText = raw[i] };
        }

        var original = unitIndexes.Single(i => !units[i].Swapped);
        var swapped = unitIndexes.Single(i => units[i].Swapped);
        var reasons = new[] { ("original", results[original]), ("swapped", results[swapped]) }
            .Where(r => r.Item2.MissingReason is not null)
            .Select(r => $"{r.Item1}: {r.Item2.MissingReason}")
            .ToList();
        return new Judgment
        {
            ItemId = item.Id,
            Score = results[original].Value,
            SwappedScore = results[swapped].Value,
            Sample = sample,
            MissingReason = reasons.Count > 0 ? string.Join("; ", reasons) : null,
            RawText = string.Join("\n", new[] { ("original", raw[original]), ("swapped", raw[swapped]) }.Where(r => r.Item2 is not null).Select(r => $"[{r.Item1}] {r.Item2}")) is { Length: > 0 } text ? text : null,
        };
    }

    /// <summary>Reasons with their own diagnostic (offline, no key, budget) are left out of the per-judge summary.</summary>
    static void Summarize(PreparedJudge judge, List<Verdict> verdicts, List<Diagnostic> diagnostics)
    {
        var reasons = verdicts
            .Where(v => v.MissingReason is { } r && r is not ("not in cache (offline)" or "no API key" or "budget exhausted"))
            .GroupBy(v => v.MissingReason!)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()}")
            .ToList();
        if (reasons.Count > 0)
        {
            diagnostics.Add(JudgingDiagnostics.MissingVerdicts.Create(
                $"Judge '{judge.Settings.JudgeId}': {verdicts.Count(v => v.Value is null)} of {verdicts.Count} requests gave no verdict ({string.Join(", ", reasons)}).",
                judge.Settings.Location));
        }

        var offline = verdicts.Count(v => v.MissingReason == "not in cache (offline)");
        if (offline > 0)
        {
            diagnostics.Add(JudgingDiagnostics.NotInCache.Create(
                $"Judge '{judge.Settings.JudgeId}': offline, {offline} of {verdicts.Count} requests are not in the cache and count as missing.", judge.Settings.Location));
        }
    }

    static void EndpointDiagnostics(EndpointSettings endpoint, List<Unit> units, Verdict[] results, bool[] fromCache, EndpointClient? client, LiveJudgingRequest request, List<Diagnostic> diagnostics)
    {
        var mine = Enumerable.Range(0, units.Count).Where(i => units[i].Judge.Endpoint.Id == endpoint.Id).ToList();
        var noKey = mine.Count(i => results[i].MissingReason == "no API key");
        if (noKey > 0)
        {
            diagnostics.Add(JudgingDiagnostics.MissingApiKey.Create(
                $"Endpoint '{endpoint.Id}': environment variable '{endpoint.ApiKeyEnv}' is not set and {noKey} of {mine.Count} requests are not in the cache.",
                endpoint.Location));
        }

        var budget = mine.Count(i => results[i].MissingReason == "budget exhausted");
        if (budget > 0)
        {
            var costStop = endpoint.MaxCost is { } max && client is not null && client.Cost >= max;
            diagnostics.Add(costStop
                ? JudgingDiagnostics.CostBudgetExhausted.Create(
                    string.Create(CultureInfo.InvariantCulture, $"Endpoint '{endpoint.Id}': maxCost {endpoint.MaxCost} reached (spent {client!.Cost:0.####}); {budget} requests count as missing."), endpoint.Location)
                : JudgingDiagnostics.RequestBudgetExhausted.Create(
                    $"Endpoint '{endpoint.Id}': maxRequests {endpoint.MaxRequests} reached; {budget} requests count as missing.", endpoint.Location));
        }

        var hits = mine.Count(i => fromCache[i]);
        diagnostics.Add(JudgingDiagnostics.Summary.Create(string.Create(CultureInfo.InvariantCulture,
            $"Endpoint '{endpoint.Id}'{(request.Cache.Offline ? " (offline)" : string.Empty)}: {mine.Count} requests, {client?.Calls ?? 0} calls, {hits} from the cache, {client?.Retries ?? 0} retries, {client?.InputTokens ?? 0}+{client?.OutputTokens ?? 0} tokens, cost {client?.Cost ?? 0:0.####}."),
            endpoint.Location));
    }

    sealed record Unit(PreparedJudge Judge, int Item, int Sample, bool Swapped, IReadOnlyList<ChatTurn>? Messages, string? Lacking, CacheKeyInput? KeyInput, string? Key);
}
