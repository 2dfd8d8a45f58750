using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Pipeline;

/// <summary>
/// Live judging inside a run: the manifest's live judges, endpoints and cache mapped to a <see cref="LiveJudgingRequest"/>,
/// the offline decision, and the verdicts handed to the join as if they had been recorded.
/// </summary>
public static class LiveJudgingStep
{
    /// <summary>The default cache folder under the run's output folder (obj/judgeeval/cache when MSBuild runs the engine).</summary>
    public const string CacheFolder = "cache";

    public static bool Needed(EvalManifest manifest) => manifest.Judges.Any(j => j.Live is not null);

    /// <summary>A live judge that also names `judgments` is judged live (and usually records there), so that file is not read.</summary>
    public static EvalManifest WithoutRecordedLiveJudges(EvalManifest manifest) =>
        manifest with { Judges = [.. manifest.Judges.Select(j => j.Live is null ? j : j with { Judgments = null })] };

    /// <summary>
    /// --offline/--online win, then `cache.offline`; otherwise offline only on CI (CI=true) when a live endpoint's key
    /// variable is unset, so a pull request without secrets replays the cache instead of failing on the missing key.
    /// </summary>
    public static bool Offline(EvalManifest manifest, bool? flag, Func<string, string?> environment) =>
        flag ?? manifest.Cache.Offline ?? (IsCi(environment) && LiveEndpoints(manifest).Any(e => e.ApiKeyEnv is { } name && string.IsNullOrEmpty(environment(name))));

    public static LiveJudgingRequest Request(EvalManifest manifest, IReadOnlyList<EvalItem> items, string outDir, bool offline, Func<string, string?> environment) => new()
    {
        Items = [.. items.DistinctBy(i => i.Id, StringComparer.Ordinal)],
        Scale = manifest.Task.Scale,
        Judges = [.. manifest.Judges.Where(j => j.Live is not null).Select(Judge)],
        Endpoints = [.. LiveEndpoints(manifest).Select(Endpoint)],
        Cache = new CacheSettings(manifest.Cache.Path ?? Path.Combine(Path.GetFullPath(outDir), CacheFolder), offline),
        BaseDirectory = manifest.Directory,
        Environment = environment,
    };

    /// <summary>Sync over async: the CLI has no synchronization context to deadlock on.</summary>
    public static LiveJudgingOutcome Run(LiveJudgingRequest request, IProgress<JudgingProgress>? progress, CancellationToken ct)
    {
        using var background = GcMode.Interactive();
        return LiveJudging.RunAsync(request, progress, ct).GetAwaiter().GetResult();
    }

    /// <summary>The join's input with each live judge's verdicts in place of its (empty) recorded judgments.</summary>
    public static DatasetInput WithLiveJudgments(DatasetInput input, IReadOnlyDictionary<string, IReadOnlyList<Judgment>> judgments) =>
        input with { Judges = [.. input.Judges.Select(j => judgments.TryGetValue(j.Id, out var live) ? j with { Judgments = live } : j)] };

    public static LiveSummary Summary(LiveJudgingOutcome outcome, bool offline)
    {
        var c = outcome.Counters;
        return new LiveSummary(c.Requests, c.Calls, c.CacheHits, c.Retries, c.InputTokens, c.OutputTokens, c.Cost, c.Missing, offline, outcome.Complete);
    }

    static bool IsCi(Func<string, string?> environment) =>
        environment("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    /// <summary>Only the endpoints a live judge uses: an unused endpoint's missing key must not switch a run offline.</summary>
    static IEnumerable<EndpointSpec> LiveEndpoints(EvalManifest manifest)
    {
        var used = manifest.Judges.Select(j => j.Live?.Endpoint).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return manifest.Endpoints.Where(e => used.Contains(e.Id));
    }

    static LiveJudgeSettings Judge(JudgeSpec judge) => new()
    {
        JudgeId = judge.Id,
        Model = judge.Model,
        EndpointId = judge.Live!.Endpoint,
        Prompt = judge.Live.Prompt,
        Samples = judge.Live.Samples,
        Temperature = judge.Live.Temperature,
        Seed = judge.Live.Seed,
        RecordPath = judge.Live.Record,
        Location = judge.At,
    };

    static EndpointSettings Endpoint(EndpointSpec e) => new()
    {
        Id = e.Id,
        BaseUrl = e.BaseUrl,
        ApiKeyEnv = e.ApiKeyEnv,
        Organization = e.Organization,
        Headers = e.Headers,
        Concurrency = e.Concurrency,
        RequestsPerMinute = e.RequestsPerMinute,
        TokensPerMinute = e.TokensPerMinute,
        TimeoutSeconds = e.TimeoutSeconds,
        MaxRetries = e.MaxRetries,
        MaxRequests = e.MaxRequests,
        MaxCost = e.MaxCost,
        Prices = e.Prices.ToDictionary(p => p.Key, p => new ModelPrice(p.Value.Input ?? 0, p.Value.Output ?? 0, p.Value.PerCall ?? 0), StringComparer.Ordinal),
        StructuredOutput = e.StructuredOutput,
        Batch = e.Batch,
        BatchPollSeconds = e.BatchPollSeconds,
        BatchMaxWaitSeconds = e.BatchMaxWaitSeconds,
        BatchMaxRequests = e.BatchMaxRequests,
        BatchMaxBytes = e.BatchMaxBytes,
        BatchMaxInFlight = e.BatchMaxInFlight,
        Location = e.At,
    };
}
