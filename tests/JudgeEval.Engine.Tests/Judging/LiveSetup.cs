using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>A temp folder (cache, records) and request builders shared by the live-judging tests.</summary>
public sealed class LiveSetup : IDisposable
{
    public const string KeyVariable = "JUDGEEVAL_TEST_KEY";

    public const string Key = "sk-test-0123456789abcdefSECRET";

    public static readonly SourceLocation EndpointAt = new("judgeeval.yaml", 20, 5, 20, 12);

    public static readonly SourceLocation JudgeAt = new("judgeeval.yaml", 40, 5, 40, 10);

    public string Folder { get; } = Directory.CreateTempSubdirectory("judgeeval-live-").FullName;

    public string CacheFolder => Path.Combine(Folder, "cache");

    /// <summary>Items whose text carries the grade the fake grader will give: q{i}/d{i} with grade = i % 4.</summary>
    public static IReadOnlyList<EvalItem> PointwiseItems(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new EvalItem { Id = $"q{i}/d{i}", QueryId = $"q{i}", Query = $"question {i}", Text = $"passage {i} grade={i % 4}" })];

    /// <summary>Pairs where output 1 is GOOD for even i, output 2 for odd i.</summary>
    public static IReadOnlyList<EvalItem> PairwiseItems(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new EvalItem
        {
            Id = $"p{i}",
            Query = $"question {i}",
            Text = i % 2 == 0 ? $"answer one {i} GOOD" : $"answer one {i}",
            TextB = i % 2 == 0 ? $"answer two {i}" : $"answer two {i} GOOD",
        })];

    public static EndpointSettings Endpoint(string baseUrl) => new()
    {
        Id = "local",
        BaseUrl = baseUrl,
        ApiKeyEnv = KeyVariable,
        Concurrency = 4,
        TimeoutSeconds = 5,
        MaxRetries = 3,
        Location = EndpointAt,
    };

    public static LiveJudgeSettings Judge(string prompt = "relevance") => new()
    {
        JudgeId = "gpt",
        Model = "openai/gpt-4o",
        EndpointId = "local",
        Prompt = prompt,
        Temperature = 0,
        Seed = 7,
        Location = JudgeAt,
    };

    public LiveJudgingRequest Request(IReadOnlyList<EvalItem> items, Scale scale, EndpointSettings endpoint, LiveJudgeSettings judge, bool offline = false, bool withKey = true) => new()
    {
        Items = items,
        Scale = scale,
        Judges = [judge],
        Endpoints = [endpoint],
        Cache = new CacheSettings(CacheFolder, offline),
        BaseDirectory = Folder,
        Environment = name => withKey && name == KeyVariable ? Key : null,
    };

    public LiveJudgingRequest Pointwise(string baseUrl, int count, bool offline = false, bool withKey = true) =>
        Request(PointwiseItems(count), Scale.Pointwise(0, 3), Endpoint(baseUrl), Judge(), offline, withKey);

    /// <summary>The answers a cache folder holds, read as the next run would.</summary>
    public static int CachedAnswers(string cacheFolder)
    {
        using var cache = new AnswerCache(cacheFolder);
        return cache.Count;
    }

    public static Task<LiveJudgingOutcome> Run(LiveJudgingRequest request) => LiveJudging.RunAsync(request, null, CancellationToken.None);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
