using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Second runs and offline runs are served from the cache and make no calls.</summary>
public sealed class LiveCacheTests : IDisposable
{
    readonly LiveSetup setup = new();

    [Fact]
    public async Task A_second_run_makes_zero_calls_and_gives_the_same_judgments()
    {
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        var first = await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 5));
        var second = await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 5));

        Assert.Equal(5, server.Count);
        Assert.Equal(0, second.Counters.Calls);
        Assert.Equal(5, second.Counters.CacheHits);
        Assert.Equal(first.Judgments["gpt"].Select(j => j.Score), second.Judgments["gpt"].Select(j => j.Score));
        // One segment per run that wrote, one line per answer; the rerun wrote nothing.
        var segment = Assert.Single(Directory.GetFiles(setup.CacheFolder, "*", SearchOption.AllDirectories));
        Assert.Matches(@"segments[\\/]\d{8}T\d{13}Z-\d+-[0-9a-f]{8}\.jsonl$", segment);
        Assert.Equal(5, (await File.ReadAllLinesAsync(segment)).Length);
    }

    [Fact]
    public async Task Offline_uses_only_the_cache_and_reports_what_is_missing()
    {
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 3));

        var offline = await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 5, offline: true));

        Assert.Equal(3, server.Count);
        Assert.Equal(3, offline.Judgments["gpt"].Count(j => j.Score is not null));
        Assert.Equal(2, offline.Judgments["gpt"].Count(j => j.MissingReason == "not in cache (offline)"));
        var d = Assert.Single(offline.Diagnostics, d => d.Code == "JE9021");
        Assert.Equal(LiveSetup.JudgeAt, d.Location);
        Assert.Contains("2 of 5", d.Message, StringComparison.Ordinal);
        Assert.False(offline.Complete);
    }

    [Fact]
    public async Task A_missing_key_is_a_located_error_unless_the_cache_serves_everything()
    {
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        var noKeyEmptyCache = await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 2, withKey: false));
        var error = Assert.Single(noKeyEmptyCache.Diagnostics, d => d.Code == "JE9001");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(LiveSetup.EndpointAt, error.Location);
        Assert.Contains(LiveSetup.KeyVariable, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Count);

        await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 2));
        var noKeyFullCache = await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 2, withKey: false));
        Assert.DoesNotContain(noKeyFullCache.Diagnostics, d => d.Code == "JE9001");
        Assert.True(noKeyFullCache.Complete);
        Assert.Equal(2, server.Count);
    }

    [Fact]
    public async Task Changing_the_prompt_template_misses_the_cache()
    {
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        await LiveSetup.Run(setup.Pointwise(server.BaseUrl, 2));
        var template = Path.Combine(setup.Folder, "mine.txt");
        await File.WriteAllTextAsync(template, "Grade {{text}} for {{query}} from {{scaleMin}} to {{scaleMax}}.");
        var request = setup.Pointwise(server.BaseUrl, 2) with { Judges = [LiveSetup.Judge("mine.txt")] };

        var outcome = await LiveSetup.Run(request);

        Assert.Equal(4, server.Count);
        Assert.Equal(2, outcome.Counters.Calls);
        var sent = server.Requests.Skip(2).Select(r => r.Messages).First(m => m[0].Content.Contains("passage 0", StringComparison.Ordinal));
        Assert.Equal([("user", "Grade passage 0 grade=0 for question 0 from 0 to 3.")], sent);
    }

    public void Dispose() => setup.Dispose();
}
