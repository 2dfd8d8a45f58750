using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>The API key appears in no output: cache files, the JSONL record, diagnostics, raw answers, even when echoed.</summary>
public sealed class LiveSecretTests : IDisposable
{
    readonly LiveSetup setup = new();

    [Fact]
    public async Task The_key_is_in_no_file_and_no_message()
    {
        // A hostile server that echoes the Authorization header into answers and error bodies.
        using var server = FakeOpenAiServer.Start((r, n) => n % 2 == 0
            ? ScriptedReply.Completion("Your header was " + r.Authorization)
            : new ScriptedReply(401, $$$"""{"error":{"message":"bad key {{{r.Authorization}}}"}}"""));
        var request = setup.Pointwise(server.BaseUrl, 4) with
        {
            Judges = [LiveSetup.Judge() with { RecordPath = "judgments/gpt.jsonl" }],
            Endpoints = [LiveSetup.Endpoint(server.BaseUrl) with { Concurrency = 1 }],
        };

        var outcome = await LiveSetup.Run(request);

        Assert.Equal("Bearer " + LiveSetup.Key, server.Requests[0].Authorization);
        var files = Directory.GetFiles(setup.Folder, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("gpt.jsonl", StringComparison.Ordinal));
        Assert.Contains(files, f => Path.GetFileName(Path.GetDirectoryName(f)) == "segments");
        Assert.All(files, f => Assert.DoesNotContain(LiveSetup.Key, File.ReadAllText(f), StringComparison.Ordinal));
        Assert.All(outcome.Diagnostics, d => Assert.DoesNotContain(LiveSetup.Key, d.Message, StringComparison.Ordinal));
        Assert.All(outcome.Judgments["gpt"], j => Assert.DoesNotContain(LiveSetup.Key, (j.RawText ?? string.Empty) + j.MissingReason, StringComparison.Ordinal));
        Assert.Contains(outcome.Judgments["gpt"], j => j.RawText?.Contains("Bearer ***", StringComparison.Ordinal) == true);
    }

    public void Dispose() => setup.Dispose();
}
