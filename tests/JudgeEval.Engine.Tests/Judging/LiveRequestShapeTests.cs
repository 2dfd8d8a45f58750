using JudgeEval.Engine.Judging;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>What goes over the wire: model, rendered messages, the key from the named variable, headers, parameters.</summary>
public sealed class LiveRequestShapeTests : IDisposable
{
    readonly LiveSetup setup = new();

    [Fact]
    public async Task Sends_model_messages_key_headers_and_parameters_and_reads_the_grades()
    {
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        var request = setup.Pointwise(server.BaseUrl, 4) with
        {
            Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { Organization = "org-42", Headers = new Dictionary<string, string> { ["X-Title"] = "judgeeval" } }],
        };

        var outcome = await LiveSetup.Run(request);

        Assert.Equal(4, server.Count);
        var sent = server.Requests[0];
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/v1/chat/completions", sent.Path);
        Assert.Equal("openai/gpt-4o", sent.Model);
        Assert.Equal("Bearer " + LiveSetup.Key, sent.Authorization);
        Assert.Equal("judgeeval", sent.Headers["X-Title"]);
        Assert.Equal("org-42", sent.Headers["OpenAI-Organization"]);
        Assert.Equal(0, sent.Json!["temperature"]!.GetValue<double>());
        Assert.Equal(7, sent.Json["seed"]!.GetValue<long>());
        Assert.Equal("json_schema", sent.Json["response_format"]!["type"]!.GetValue<string>());
        Assert.Equal(["system", "user"], sent.Messages.Select(m => m.Role));
        var q2 = server.Requests.Single(r => r.UserText.Contains("question 2", StringComparison.Ordinal));
        Assert.Contains("passage 2 grade=2", q2.UserText, StringComparison.Ordinal);
        Assert.Contains("from 0 to 3", q2.UserText, StringComparison.Ordinal);

        // The grader answers i % 4 for item i.
        Assert.Equal([0d, 1d, 2d, 3d], outcome.Judgments["gpt"].OrderBy(j => j.ItemId, StringComparer.Ordinal).Select(j => j.Score!.Value));
        Assert.True(outcome.Complete);
        Assert.Equal(4, outcome.Counters.Calls);
        Assert.Equal(400, outcome.Counters.InputTokens);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity != JudgeEval.Engine.Diagnostics.Severity.Info);
    }

    [Fact]
    public async Task Without_structured_output_no_response_format_is_sent()
    {
        using var server = FakeOpenAiServer.Start(_ => ScriptedReply.Completion("Reasoning first.\nScore: 2"));
        var request = setup.Pointwise(server.BaseUrl, 1) with { Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { StructuredOutput = false }] };

        var outcome = await LiveSetup.Run(request);

        Assert.Null(server.Requests[0].Json!["response_format"]);
        Assert.Equal(2, outcome.Judgments["gpt"][0].Score);
    }

    [Fact]
    public async Task An_endpoint_without_apiKeyEnv_is_called_without_a_secret()
    {
        using var server = FakeOpenAiServer.Start(Graders.Pointwise);
        var request = setup.Pointwise(server.BaseUrl, 1, withKey: false) with { Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { ApiKeyEnv = null }] };

        var outcome = await LiveSetup.Run(request);

        Assert.Equal("Bearer no-key", server.Requests[0].Authorization);
        Assert.True(outcome.Complete);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "JE9030" && d.Message.EndsWith("1 requests, 1 calls, 0 from the cache, 0 retries, 100+10 tokens, cost 0.", StringComparison.Ordinal));
    }

    public void Dispose() => setup.Dispose();
}
