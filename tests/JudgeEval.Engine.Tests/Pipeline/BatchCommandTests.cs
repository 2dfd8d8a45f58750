using JudgeEval.Engine.Cli;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>`judgeeval batch status|cancel`: the batches a run left in flight, asked of the endpoint, and cancelled.</summary>
public sealed class BatchCommandTests : IDisposable
{
    readonly LiveEvalFolder folder = new();

    string BatchManifest(string baseUrl) => folder.Write("batch.yaml", $$"""
        version: 1
        name: batch
        task:
          kind: pointwise
          scale: { min: 0, max: 3 }
          passThreshold: 2
        items: { path: data/items.jsonl, format: jsonl }
        humanLabels: { path: data/labels.jsonl, format: jsonl }
        judges:
          - id: gpt
            model: openai/gpt-4o
            endpoint: local
        endpoints:
          - id: local
            baseUrl: {{baseUrl}}
            apiKeyEnv: {{folder.KeyVariable}}
            batch: true
            batchPollSeconds: 0.02
            batchMaxWaitSeconds: 0.3
            batchMaxRequests: 25
        """);

    [Fact]
    public void Status_lists_the_batches_a_run_left_in_flight_and_cancel_cancels_them()
    {
        var api = new FakeBatchApi(LiveEvalFolder.Answer, pollsBeforeDone: int.MaxValue);
        using var server = FakeOpenAiServer.Start(api.Handle);
        var manifest = BatchManifest(server.BaseUrl);
        var outDir = folder.Out("out");
        var run = LiveEvalFolder.Run(manifest, outDir, "--online");
        Assert.Contains("JE9041", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"; batch_1 in_progress 0/(25|15); batch_2 in_progress 0/(25|15)", run.Stderr);

        var (exit, stdout, stderr) = Cli("batch", "status", manifest, "--out", outDir);

        Assert.True(exit == 0, stderr);
        // 40 items, at most 25 requests per batch: two batches, created concurrently, so either may be batch_1.
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Matches(@"^batch_[12]  local  (25|15) requests  submitted \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ  in_progress  0 completed, 0 failed of \1$", l));
        var small = lines.Single(l => l.Contains(" 15 requests", StringComparison.Ordinal))[..7];

        (exit, stdout, stderr) = Cli("batch", "cancel", manifest, "--out", outDir, "--batch", small);

        Assert.True(exit == 0, stderr);
        Assert.StartsWith(small + "  local  15 requests", stdout, StringComparison.Ordinal);
        Assert.Contains("cancelling", stdout, StringComparison.Ordinal);
        Assert.Equal([small], api.Cancelled);
        Assert.Equal(2, api.Uploads);
    }

    [Fact]
    public void No_batches_in_flight_is_said_and_help_and_bad_arguments_are_handled()
    {
        var manifest = BatchManifest("http://127.0.0.1:9/v1");

        var (exit, stdout, _) = Cli("batch", "status", manifest, "--out", folder.Out("empty"));
        Assert.Equal((0, true), (exit, stdout.StartsWith("no batches in flight", StringComparison.Ordinal)));

        (exit, stdout, _) = Cli("batch", "--help");
        Assert.Equal((0, true), (exit, stdout.StartsWith(BatchCommand.Usage[..30], StringComparison.Ordinal)));

        var (bad, _, stderr) = Cli("batch", "resume", manifest);
        Assert.Equal(CommandLine.UnusableInput, bad);
        Assert.Contains("JE0090", stderr, StringComparison.Ordinal);
    }

    static (int Exit, string Stdout, string Stderr) Cli(params string[] args) => LiveEvalFolder.Cli(args);

    public void Dispose() => folder.Dispose();
}
