using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Benchmarks;

/// <summary>
/// Live judging throughput against a local server with a fixed 20 ms latency, at concurrency 64 (limit 64 / 20 ms =
/// 3,200 calls/s): 4,096 requests per invocation (64 waves), each invocation from an empty cache on the ordinary disk;
/// the same requests re-run from a full cache (zero calls, checked); and the floor: the same number of bare HttpClient
/// POSTs of the same body at the same concurrency against the same server. Op/s is requests per second
/// (OperationsPerInvoke = 4,096); the ratio is against the floor, measured in the same run.
/// </summary>
[Config(typeof(LiveConfig))]
[MemoryDiagnoser]
public class LiveJudgingBenchmarks
{
    const int Requests = 4096;

    const int Concurrency = 64;

    static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);

    LocalChatServer? server;
    HttpClient? http;
    byte[] body = [];
    string root = "";
    string freshCache = "";
    IReadOnlyList<EvalItem> items = [];

    [GlobalSetup]
    public void Setup()
    {
        server = new LocalChatServer(Latency);
        http = new HttpClient();
        root = Directory.CreateTempSubdirectory("judgeeval-bench-live-").FullName;
        items = LiveThroughput.Items(Requests);
        body = Encoding.UTF8.GetBytes(Body());
        // Fill the cache the cached re-run reads.
        Check(LiveThroughput.Judge(items, server.BaseUrl, Concurrency, Path.Combine(root, "warm"), root), calls: Requests);
    }

    [IterationSetup]
    public void EmptyCache() => freshCache = Path.Combine(root, Guid.NewGuid().ToString("N"));

    [GlobalCleanup]
    public void Cleanup()
    {
        http?.Dispose();
        server?.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public int BareHttpFloor()
    {
        var next = -1;
        Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < Requests)
            {
                using var content = new ByteArrayContent(body);
                using var response = await http!.PostAsync(new Uri(server!.BaseUrl + "/chat/completions"), content).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            }
        }))).GetAwaiter().GetResult();
        return next;
    }

    [Benchmark(OperationsPerInvoke = Requests)]
    public LiveJudgingOutcome Concurrency64() => Check(LiveThroughput.Judge(items, server!.BaseUrl, Concurrency, freshCache, root), calls: Requests);

    [Benchmark(OperationsPerInvoke = Requests)]
    public LiveJudgingOutcome CachedRerun() => Check(LiveThroughput.Judge(items, server!.BaseUrl, Concurrency, Path.Combine(root, "warm"), root), calls: 0);

    /// <summary>A request body as large as the engine's (the built-in relevance rubric around one item).</summary>
    static string Body() =>
        $$"""{"model":"bench-model","messages":[{"role":"user","content":{{System.Text.Json.JsonSerializer.Serialize(PromptTemplate.BuiltInText("relevance"))}}}],"temperature":0,"seed":1}""";

    /// <summary>A run that lost verdicts, or called when it should not, would measure something else.</summary>
    static LiveJudgingOutcome Check(LiveJudgingOutcome outcome, int calls) =>
        outcome.Counters.Missing == 0 && outcome.Counters.Calls == calls
            ? outcome
            : throw new InvalidOperationException($"{outcome.Counters.Missing} requests gave no verdict, {outcome.Counters.Calls} calls (expected {calls})");

    sealed class LiveConfig : ManualConfig
    {
        public LiveConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
