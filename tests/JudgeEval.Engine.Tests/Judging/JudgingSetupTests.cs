using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Bad endpoint and judge settings are located errors before any call, and never echo a literal key.</summary>
public sealed class JudgingSetupTests : IDisposable
{
    readonly LiveSetup setup = new();

    async Task<IReadOnlyList<Diagnostic>> Diagnose(EndpointSettings endpoint, LiveJudgeSettings judge)
    {
        var outcome = await LiveSetup.Run(setup.Request(LiveSetup.PointwiseItems(1), Scale.Pointwise(0, 3), endpoint, judge));
        Assert.Empty(outcome.Judgments);
        Assert.False(outcome.Complete);
        return outcome.Diagnostics;
    }

    [Fact]
    public async Task A_literal_key_in_apiKeyEnv_is_refused_without_echoing_it()
    {
        var diagnostics = await Diagnose(LiveSetup.Endpoint("http://127.0.0.1:9/v1") with { ApiKeyEnv = "sk-live-abc123XYZ" }, LiveSetup.Judge());

        var d = Assert.Single(diagnostics, d => d.Code == "JE9002");
        Assert.Equal(LiveSetup.EndpointAt, d.Location);
        Assert.DoesNotContain("sk-live-abc123XYZ", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.com/v1", 4, null)]
    [InlineData("not a url", 4, null)]
    [InlineData("http://127.0.0.1:9/v1", 0, null)]
    [InlineData("http://127.0.0.1:9/v1", 4, "Authorization")]
    public async Task Invalid_endpoints_are_located_errors(string baseUrl, int concurrency, string? header)
    {
        var endpoint = LiveSetup.Endpoint(baseUrl) with
        {
            Concurrency = concurrency,
            Headers = header is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [header] = "Bearer x" },
        };

        var d = Assert.Single(await Diagnose(endpoint, LiveSetup.Judge()));
        Assert.Equal(("JE9003", LiveSetup.EndpointAt), (d.Code, d.Location));
    }

    [Fact]
    public async Task An_unknown_endpoint_is_located_at_the_judge()
    {
        var d = Assert.Single(await Diagnose(LiveSetup.Endpoint("http://127.0.0.1:9/v1"), LiveSetup.Judge() with { EndpointId = "elsewhere" }));
        Assert.Equal(("JE9000", LiveSetup.JudgeAt), (d.Code, d.Location));
    }

    [Fact]
    public async Task Zero_samples_is_a_located_error()
    {
        var d = Assert.Single(await Diagnose(LiveSetup.Endpoint("http://127.0.0.1:9/v1"), LiveSetup.Judge() with { Samples = 0 }));
        Assert.Equal(("JE9013", LiveSetup.JudgeAt), (d.Code, d.Location));
    }

    [Fact]
    public void Cache_key_explanation_names_the_folder_when_not_cached()
    {
        var request = setup.Pointwise("http://127.0.0.1:9/v1", 2);

        var report = LiveJudging.ExplainCacheKey(request, "gpt", "q1/d1", 0, swapped: false);

        Assert.NotNull(report.Explanation);
        Assert.Contains("passage 1 grade=1", report.Explanation.CanonicalJson, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(setup.CacheFolder, "segments"), report.SegmentsFolder);
        Assert.Null(report.Stored);
        Assert.Null(LiveJudging.ExplainCacheKey(request, "gpt", "nope", 0, swapped: false).Explanation);
    }

    public void Dispose() => setup.Dispose();
}
