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
            """).Endpoints);

        Assert.Equal(("KEY", 0, false, true, 2d, 60d), (ep.ApiKeyEnv, ep.MaxRetries, ep.StructuredOutput, ep.Batch, ep.BatchPollSeconds, ep.BatchMaxWaitSeconds));
    }

    [Fact]
    public void A_literal_key_is_still_refused() =>
        folder.Error(ManifestFolder.Minimal + Judge + "endpoints:\n  - { id: local, baseUrl: \"http://127.0.0.1:1/v1\", apiKeyEnv: sk-abc-123 }\n", "JE0020");

    public void Dispose() => folder.Dispose();
}
