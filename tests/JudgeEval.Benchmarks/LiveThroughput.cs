using System.Diagnostics;
using System.Globalization;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Benchmarks;

/// <summary>
/// `live-throughput`: a stopwatch run of many live requests (more than BenchmarkDotNet's invocations hold) against
/// <see cref="LocalChatServer"/> in this process, or against a server given by --url. Prints calls per second of a run
/// from an empty cache and of the fully cached rerun, which must make zero calls.
/// </summary>
static class LiveThroughput
{
    public static int Run(string[] args)
    {
        var requests = Option(args, "--requests", 20_000);
        var concurrency = Option(args, "--concurrency", 64);
        var latency = Option(args, "--latency", 20);
        var rounds = Option(args, "--rounds", 3);
        var url = Value(args, "--url");
        var root = Value(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "judgeeval-live-throughput");
        using var server = url is null ? new LocalChatServer(TimeSpan.FromMilliseconds(latency)) : null;
        var baseUrl = url ?? server!.BaseUrl;
        var items = Items(requests);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{requests} requests, concurrency {concurrency}, server {baseUrl}, latency {latency} ms (limit {concurrency * 1000.0 / latency:F0} calls/s)"));
        for (var round = 1; round <= rounds; round++)
        {
            var cache = Path.Combine(root, Guid.NewGuid().ToString("N"));
            var fresh = Time(() => Judge(items, baseUrl, concurrency, cache, root));
            var cached = Time(() => Judge(items, baseUrl, concurrency, cache, root));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: fresh {fresh.Seconds:F3} s, {fresh.Outcome.Counters.Calls} calls, {fresh.Outcome.Counters.Calls / fresh.Seconds:F0} calls/s; cached rerun {cached.Seconds:F3} s, {cached.Outcome.Counters.Calls} calls, {requests / cached.Seconds:F0} requests/s"));
            if (fresh.Outcome.Counters.Missing > 0 || cached.Outcome.Counters.Calls > 0)
            {
                Console.Error.WriteLine($"unexpected: {fresh.Outcome.Counters.Missing} missing, {cached.Outcome.Counters.Calls} calls on the cached rerun");
                return 1;
            }

            Directory.Delete(cache, recursive: true);
        }

        return 0;
    }

    public static IReadOnlyList<EvalItem> Items(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new EvalItem { Id = $"q{i}/d{i}", QueryId = $"q{i}", Query = $"question {i}", Text = $"passage {i}" })];

    public static LiveJudgingOutcome Judge(IReadOnlyList<EvalItem> items, string baseUrl, int concurrency, string cache, string root) => LiveJudging.RunAsync(
        new LiveJudgingRequest
        {
            Items = items,
            Scale = Scale.Pointwise(0, 3),
            Judges = [new LiveJudgeSettings { JudgeId = "bench", Model = "bench-model", EndpointId = "local", Temperature = 0, Seed = 1 }],
            Endpoints = [new EndpointSettings { Id = "local", BaseUrl = baseUrl, Concurrency = concurrency, TimeoutSeconds = 30, MaxRetries = 0 }],
            Cache = new CacheSettings(cache),
            BaseDirectory = root,
        },
        null,
        CancellationToken.None).GetAwaiter().GetResult();

    static (LiveJudgingOutcome Outcome, double Seconds) Time(Func<LiveJudgingOutcome> run)
    {
        var clock = Stopwatch.StartNew();
        var outcome = run();
        return (outcome, clock.Elapsed.TotalSeconds);
    }

    static string? Value(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    static int Option(string[] args, string name, int fallback) =>
        Value(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
