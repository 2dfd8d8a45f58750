using System.Diagnostics;
using System.Globalization;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Benchmarks;

/// <summary>
/// `live-stages`: a stopwatch breakdown of one live run's work, stage by stage on the engine's own types, against
/// <see cref="LocalChatServer"/>: planning (render + cache key), serving from an empty cache, the calls alone
/// (EndpointClient at the run's concurrency, nothing stored), storing and parsing the answers, the cached rerun, and
/// for the floor, the same number of bare HttpClient POSTs at the same concurrency against the same server.
/// Each stage reports wall time and the process's CPU time, so "where the time goes" is measured, not guessed.
/// </summary>
static class LiveStages
{
    public static int Run(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        const int Concurrency = 64;
        using var server = new LocalChatServer(TimeSpan.FromMilliseconds(20));
        var root = Directory.CreateTempSubdirectory("judgeeval-live-stages-").FullName;
        try
        {
            for (var round = 1; round <= 3; round++)
            {
                Console.WriteLine($"round {round} ({requests} requests, concurrency {Concurrency}; round 1 includes JIT)");
                Round(server, requests, Concurrency, Path.Combine(root, round.ToString(CultureInfo.InvariantCulture)));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        return 0;
    }

    static void Round(LocalChatServer server, int requests, int concurrency, string cacheRoot)
    {
        var items = LiveThroughput.Items(requests);
        var scale = Scale.Pointwise(0, 3);
        var endpoint = new EndpointSettings { Id = "local", BaseUrl = server.BaseUrl, Concurrency = concurrency, TimeoutSeconds = 30, MaxRetries = 0 };
        var request = new LiveJudgingRequest
        {
            Items = items,
            Scale = scale,
            Judges = [new LiveJudgeSettings { JudgeId = "bench", Model = "bench-model", EndpointId = "local", Temperature = 0, Seed = 1 }],
            Endpoints = [endpoint],
            Cache = new CacheSettings(cacheRoot),
            BaseDirectory = cacheRoot,
        };
        var judges = JudgingSetup.Judges(request, new Dictionary<string, EndpointSettings> { ["local"] = endpoint }, []);

        var units = Stage("plan: render + cache key", requests, () => JudgingPlan.Units(request, judges));
        using var client = new EndpointClient(endpoint, "no-key", TimeProvider.System);
        var calls = Stage("calls only (SDK, nothing stored)", requests, () => Task.WhenAll(units.Select(u =>
            client.CallAsync(u.Judge.Settings.Model, u.Messages!, u.Judge.Settings.Temperature, u.Judge.Settings.Seed, scale, true, CancellationToken.None))).GetAwaiter().GetResult());
        var body = ChatRequestBody.Serialize("bench-model", units[0].Messages!, 0, 1, scale, structured: true);
        Stage("bare HttpClient POSTs (floor)", requests, () => Bare(server.BaseUrl, body, requests, concurrency));
        Stage("store + parse (cache put, verdict)", requests, () =>
        {
            using var cache = new AnswerCache(cacheRoot);
            var answers = new LiveAnswers(cache, new SecretRedactor([]), scale);
            for (var i = 0; i < units.Count; i++)
            {
                answers.Store(units[i], calls[i]);
            }

            cache.FlushAsync().GetAwaiter().GetResult();
            return answers.WriteFailures;
        });
        Stage("cache open + lookups (full cache)", requests, () =>
        {
            using var cache = new AnswerCache(cacheRoot);
            var answers = new LiveAnswers(cache, new SecretRedactor([]), scale);
            return units.Count(u => answers.Cached(u) is not null);
        });
        Stage("whole run, fresh cache", requests, () => LiveThroughput.Judge(items, server.BaseUrl, concurrency, cacheRoot + "-run", cacheRoot));
        Stage("whole run, cached rerun", requests, () => LiveThroughput.Judge(items, server.BaseUrl, concurrency, cacheRoot + "-run", cacheRoot));
    }

    static T Stage<T>(string name, int requests, Func<T> work)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var gcs = GC.CollectionCount(0);
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var clock = Stopwatch.StartNew();
        var result = work();
        var wall = clock.Elapsed.TotalSeconds;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-38} wall {wall,7:F3} s  {requests / wall,9:F0}/s  cpu {used,7:F3} s  {used * 1e6 / requests,6:F0} us cpu/request  {(GC.GetTotalAllocatedBytes(false) - allocated) / (double)requests / 1024,6:F1} KB/request  gen0 {GC.CollectionCount(0) - gcs}"));
        return result;
    }

    /// <summary>The same request body, posted and its answer read as bytes: no SDK, no parsing, no cache.</summary>
    static int Bare(string baseUrl, byte[] body, int requests, int concurrency)
    {
        using var http = new HttpClient();
        var next = -1;
        var ok = 0;
        Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < requests)
            {
                using var content = new ByteArrayContent(body);
                using var response = await http.PostAsync(new Uri(baseUrl + "/chat/completions"), content).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                Interlocked.Increment(ref ok);
            }
        }))).GetAwaiter().GetResult();
        return ok;
    }
}
