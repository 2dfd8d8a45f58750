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
        await using var cache = CacheOf(request);
        var answers = new LiveAnswers(cache, redactor, request.Scale);
        using var run = new LiveRun(request, JudgingPlan.Units(request, judges), answers, progress);

        var pending = LocalServing.Serve(run, keys);
        run.Report();
        run.Open(pending.Select(i => run.Units[i].Judge.Endpoint).DistinctBy(e => e.Id), keys);
        await LiveSending.SendAsync(run, pending, ct).ConfigureAwait(false);
        await cache.FlushAsync().ConfigureAwait(false);
        return LiveOutcomeAssembler.Assemble(run, judges, diagnostics);
    }

    /// <summary>What `judgeeval cache key` prints for one request, and where its answer is (or would be) cached.</summary>
    public static CacheKeyReport ExplainCacheKey(LiveJudgingRequest request, string judgeId, string itemId, int sample, bool swapped)
    {
        var diagnostics = new List<Diagnostic>();
        var judges = JudgingSetup.Judges(request, JudgingSetup.Endpoints(request.Endpoints, diagnostics), diagnostics);
        var unit = JudgingPlan.Units(request, [.. judges.Where(j => j.Settings.JudgeId == judgeId)])
            .FirstOrDefault(u => request.Items[u.Item].Id == itemId && u.Sample == sample && u.Swapped == swapped);
        if (unit?.Key is null)
        {
            return new CacheKeyReport(null, null, null, diagnostics);
        }

        using var cache = CacheOf(request);
        return new CacheKeyReport(CacheKey.Explain(unit.KeyInput!), cache.SegmentsFolder, cache.Locate(unit.Key), diagnostics);
    }

    /// <summary>Sent as the bearer token to endpoints without apiKeyEnv (local servers such as vLLM or Ollama need none).</summary>
    internal const string NoKey = "no-key";

    internal static string? ApiKey(EndpointSettings endpoint, Func<string, string?> environment) =>
        endpoint.ApiKeyEnv is not { } name ? NoKey : environment(name) is { Length: > 0 } key ? key : null;

    internal static string CacheRoot(LiveJudgingRequest request) => Path.GetFullPath(Path.Combine(request.BaseDirectory, request.Cache.Path));

    static AnswerCache CacheOf(LiveJudgingRequest request) => new(CacheRoot(request));
}
