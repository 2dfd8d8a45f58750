using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Benchmarks;

/// <summary>
/// Live judging throughput against a local server with a fixed 20 ms latency: 64 requests at concurrency 1, 8 and 64
/// (each invocation starts from an empty cache), and the same 64 requests re-run from a full cache. Op/s is judge
/// requests per second (OperationsPerInvoke = 64); the ratio is against concurrency 1.
/// </summary>
[Config(typeof(LiveConfig))]
[MemoryDiagnoser]
public class LiveJudgingBenchmarks
{
    const int Requests = 64;

    static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);

    LocalChatServer? server;
    string root = "";
    string freshCache = "";
    IReadOnlyList<EvalItem> items = [];

    [GlobalSetup]
    public void Setup()
    {
        server = new LocalChatServer(Latency);
        root = Directory.CreateTempSubdirectory("judgeeval-bench-live-").FullName;
        items = [.. Enumerable.Range(0, Requests).Select(i => new EvalItem { Id = $"q{i}/d{i}", QueryId = $"q{i}", Query = $"question {i}", Text = $"passage {i}" })];
        // Fill the cache the cached re-run reads.
        Check(Judge(8, Path.Combine(root, "warm")));
    }

    [IterationSetup]
    public void EmptyCache() => freshCache = Path.Combine(root, Guid.NewGuid().ToString("N"));

    [GlobalCleanup]
    public void Cleanup()
    {
        server?.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public LiveJudgingOutcome Concurrency1() => Check(Judge(1, freshCache));

    [Benchmark(OperationsPerInvoke = Requests)]
    public LiveJudgingOutcome Concurrency8() => Check(Judge(8, freshCache));

    [Benchmark(OperationsPerInvoke = Requests)]
    public LiveJudgingOutcome Concurrency64() => Check(Judge(64, freshCache));

    [Benchmark(OperationsPerInvoke = Requests)]
    public LiveJudgingOutcome CachedRerun() => Check(Judge(8, Path.Combine(root, "warm")));

    LiveJudgingOutcome Judge(int concurrency, string cache) => LiveJudging.RunAsync(
        new LiveJudgingRequest
        {
            Items = items,
            Scale = Scale.Pointwise(0, 3),
            Judges = [new LiveJudgeSettings { JudgeId = "bench", Model = "bench-model", EndpointId = "local", Temperature = 0, Seed = 1 }],
            Endpoints = [new EndpointSettings { Id = "local", BaseUrl = server!.BaseUrl, Concurrency = concurrency, TimeoutSeconds = 30, MaxRetries = 0 }],
            Cache = new CacheSettings(cache),
            BaseDirectory = root,
        },
        null,
        CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>A run that lost verdicts would measure failures, not judging.</summary>
    static LiveJudgingOutcome Check(LiveJudgingOutcome outcome) =>
        outcome.Counters.Missing == 0 ? outcome : throw new InvalidOperationException($"{outcome.Counters.Missing} requests gave no verdict");

    sealed class LiveConfig : ManualConfig
    {
        public LiveConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
