namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>The endpoint options live judging reads: keyless local servers, retries, structured output and batch mode.</summary>
public sealed class EndpointLiveOptionsTests : IDisposable
{
    readonly ManifestFolder folder = new();

    const string Judge = "\n  - { id: live, model: gpt-4o, endpoint: local }\n";

    [Fact]
    public void A_local_endpoint_needs_no_apiKeyEnv_and_gets_the_defaults()
    {
        var ep = Assert.Single(folder.Valid(ManifestFolder.Minimal + Judge + "endpoints:\n  - { id: local, baseUrl: \"http://127.0.0.1:1/v1\" }\n").Endpoints);

        Assert.Equal(((string?)null, 4, true, false, 30d, 3600d), (ep.ApiKeyEnv, ep.MaxRetries, ep.StructuredOutput, ep.Batch, ep.BatchPollSeconds, ep.BatchMaxWaitSeconds));
        // OpenAI's documented batch limits: 50,000 requests and 200 MB per input file.
        Assert.Equal((50_000, 200_000_000L, 4), (ep.BatchMaxRequests, ep.BatchMaxBytes, ep.BatchMaxInFlight));
    }

    [Fact]
    public void Live_options_are_read()
    {
        var ep = Assert.Single(folder.Valid(ManifestFolder.Minimal + Judge + """
            endpoints:
              - id: local
                baseUrl: http://127.0.0.1:1/v1
                apiKeyEnv: KEY
                maxRetries: 0
                structuredOutput: false
                batch: true
                batchPollSeconds: 2
                batchMaxWaitSeconds: 60
                batchMaxRequests: 1000
                batchMaxBytes: 5000000
                batchMaxInFlight: 2
            """).Endpoints);

        Assert.Equal(("KEY", 0, false, true, 2d, 60d), (ep.ApiKeyEnv, ep.MaxRetries, ep.StructuredOutput, ep.Batch, ep.BatchPollSeconds, ep.BatchMaxWaitSeconds));
        Assert.Equal((1000, 5_000_000L, 2), (ep.BatchMaxRequests, ep.BatchMaxBytes, ep.BatchMaxInFlight));
    }

    [Theory]
    [InlineData("batchMaxRequests: 0")]
    [InlineData("batchMaxBytes: 100")]
    [InlineData("batchMaxInFlight: 0")]
    public void Batch_limits_out_of_range_are_located_errors(string setting) =>
        folder.Error(ManifestFolder.Minimal + Judge + $"endpoints:\n  - {{ id: local, baseUrl: \"http://127.0.0.1:1/v1\", {setting} }}\n", "JE0009");

    [Fact]
    public void A_literal_key_is_still_refused() =>
        folder.Error(ManifestFolder.Minimal + Judge + "endpoints:\n  - { id: local, baseUrl: \"http://127.0.0.1:1/v1\", apiKeyEnv: sk-abc-123 }\n", "JE0020");

    public void Dispose() => folder.Dispose();
}
