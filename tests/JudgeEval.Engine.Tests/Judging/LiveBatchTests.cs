using System.Text;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Judging;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>
/// Batch mode against the fake Files and Batches endpoints: upload JSONL, create, poll, download, merge into the cache;
/// batch ids kept with the cache so a stopped run resumes instead of resubmitting; requests split within the
/// provider's limits; expired and failed batches reported per item.
/// </summary>
public sealed class LiveBatchTests : IDisposable
{
    readonly LiveSetup setup = new();

    static EndpointSettings Batched(string baseUrl) =>
        LiveSetup.Endpoint(baseUrl) with { Batch = true, BatchPollSeconds = 0.02, BatchMaxWaitSeconds = 20 };

    BatchLedger Ledger => new(setup.CacheFolder);

    [Fact]
    public async Task A_batch_is_uploaded_polled_downloaded_and_cached()
    {
        var api = new FakeBatchApi(Graders.Pointwise);
        using var server = FakeOpenAiServer.Start(api.Handle);
        var request = setup.Pointwise(server.BaseUrl, 4) with { Endpoints = [Batched(server.BaseUrl)] };

        var outcome = await LiveSetup.Run(request);

        Assert.DoesNotContain(server.Requests, r => r.Path == "/v1/chat/completions");
        Assert.Equal(["/v1/files", "/v1/batches"], server.Requests.Where(r => r.Method == "POST").Select(r => r.Path));
        Assert.All(server.Requests, r => Assert.Equal("Bearer " + LiveSetup.Key, r.Authorization));
        Assert.Equal(4, api.UploadedLines.Count);
        Assert.All(api.UploadedLines, l => Assert.Equal("openai/gpt-4o", l["body"]!["model"]!.GetValue<string>()));
        Assert.All(api.UploadedLines, l => Assert.Equal("json_schema", l["body"]!["response_format"]!["type"]!.GetValue<string>()));
        Assert.Equal([0d, 1d, 2d, 3d], outcome.Judgments["gpt"].OrderBy(j => j.ItemId, StringComparer.Ordinal).Select(j => j.Score!.Value));
        Assert.True(outcome.Complete);
        Assert.Equal(4, outcome.Counters.Calls);
        Assert.Empty(Ledger.All());

        var before = server.Count;
        var again = await LiveSetup.Run(request);
        Assert.Equal(before, server.Count);
        Assert.Equal(4, again.Counters.CacheHits);
    }

    [Fact]
    public async Task An_unfinished_batch_counts_as_missing_and_is_kept_for_the_next_run()
    {
        var api = new FakeBatchApi(Graders.Pointwise, pollsBeforeDone: int.MaxValue);
        using var server = FakeOpenAiServer.Start(api.Handle);
        var request = setup.Pointwise(server.BaseUrl, 2) with { Endpoints = [Batched(server.BaseUrl) with { BatchMaxWaitSeconds = 0.3 }] };

        var outcome = await LiveSetup.Run(request);

        Assert.All(outcome.Judgments["gpt"], j => Assert.Equal("batch not finished", j.MissingReason));
        Assert.False(outcome.Complete);
        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE9041");
        Assert.Equal(LiveSetup.EndpointAt, d.Location);
        Assert.Contains("batch_1 (2 requests) is still in_progress", d.Message, StringComparison.Ordinal);
        var kept = Assert.Single(Ledger.All());
        Assert.Equal(("batch_1", 2), (kept.Id, kept.Keys.Count));
    }

    [Fact]
    public async Task A_run_cancelled_after_submission_resumes_without_resubmitting()
    {
        using var cancel = new CancellationTokenSource();
        var api = new FakeBatchApi(Graders.Pointwise, pollsBeforeDone: 3) { OnPoll = _ => cancel.Cancel() };
        using var server = FakeOpenAiServer.Start(api.Handle);
        var request = setup.Pointwise(server.BaseUrl, 6) with { Endpoints = [Batched(server.BaseUrl)] };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LiveJudging.RunAsync(request, null, cancel.Token));
        Assert.Equal((1, 1), (api.Uploads, api.Created));
        Assert.Equal("batch_1", Assert.Single(Ledger.All()).Id);

        var resumed = await LiveSetup.Run(request);

        Assert.Equal((1, 1), (api.Uploads, api.Created));
        Assert.True(resumed.Complete);
        Assert.Equal([0d, 1d, 2d, 3d, 0d, 1d], resumed.Judgments["gpt"].OrderBy(j => int.Parse(j.ItemId[1..j.ItemId.IndexOf('/', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)).Select(j => j.Score!.Value));
        Assert.Empty(Ledger.All());
        Assert.Equal(6, LiveSetup.CachedAnswers(setup.CacheFolder));
    }

    [Fact]
    public async Task A_120000_request_eval_is_split_into_batches_within_the_default_limits_and_collected()
    {
        const int Count = 120_000;
        var api = new FakeBatchApi(Graders.Pointwise);
        using var server = FakeOpenAiServer.Start(api.Handle);
        await File.WriteAllTextAsync(Path.Combine(setup.Folder, "short.txt"), "Grade {{text}} for {{query}} from {{scaleMin}} to {{scaleMax}}.");
        var request = setup.Pointwise(server.BaseUrl, Count) with
        {
            Judges = [LiveSetup.Judge("short.txt")],
            Endpoints = [Batched(server.BaseUrl) with { StructuredOutput = false, BatchMaxWaitSeconds = 300, TimeoutSeconds = 120 }],
        };
        var progress = new Collect();

        var outcome = await LiveJudging.RunAsync(request, progress, CancellationToken.None);

        Assert.Equal([50_000, 50_000, 20_000], api.BatchSizes.OrderDescending());
        Assert.Equal(Count, api.UploadedLines.Select(l => l["custom_id"]!.GetValue<string>()).Distinct().Count());
        Assert.True(outcome.Complete);
        Assert.Equal(Count, outcome.Counters.Calls);
        var scores = outcome.Judgments["gpt"].ToDictionary(j => j.ItemId, j => j.Score);
        Assert.All(Enumerable.Range(0, Count).Where(i => i % 997 == 0), i => Assert.Equal(i % 4, scores[$"q{i}/d{i}"]));
        Assert.Equal(Count, scores.Values.Count(s => s is not null));
        // Progress per batch: each of the three was seen by id and seen to complete.
        Assert.Equal(["batch_1", "batch_2", "batch_3"], progress.Batches.Select(b => b.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.All(progress.Last.Batches, b => Assert.Equal("completed", b.Status));
        Assert.Empty(Ledger.All());
    }

    [Fact]
    public async Task Batch_files_stay_within_the_byte_limit_and_a_request_too_large_for_any_is_reported()
    {
        var api = new FakeBatchApi(Graders.Pointwise);
        using var server = FakeOpenAiServer.Start(api.Handle);
        var items = LiveSetup.PointwiseItems(9).Select((item, i) => i == 8 ? item with { Text = item.Text + new string('x', 8000) } : item).ToList();
        // Room for a few ordinary lines per file (~1.5 KB each with the rubric and schema), none for item 8 (~9.5 KB).
        var request = setup.Request(items, Scale.Pointwise(0, 3), Batched(server.BaseUrl) with { BatchMaxBytes = 6000 }, LiveSetup.Judge());

        var outcome = await LiveSetup.Run(request);

        var uploads = server.Requests.Where(r => r.Path == "/v1/files").ToList();
        Assert.True(uploads.Count > 1, $"{uploads.Count} files");
        Assert.Equal(8, api.UploadedLines.Count);
        Assert.All(uploads, u => Assert.InRange(Encoding.UTF8.GetByteCount(string.Join("\n", u.Body.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("{\"custom_id\"", StringComparison.Ordinal))) + "\n"), 1, 6000));
        Assert.Equal(8, outcome.Judgments["gpt"].Count(j => j.Score is not null));
        Assert.Equal("request larger than batchMaxBytes", outcome.Judgments["gpt"].Single(j => j.ItemId == "q8/d8").MissingReason);
        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE9040");
        Assert.Contains("1 requests are each larger than batchMaxBytes (6000 bytes)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_and_failed_batches_are_reported_per_item_and_submitted_again_next_time()
    {
        var api = new FakeBatchApi(Graders.Pointwise) { Ending = n => n switch { 1 => "expired", 2 => "failed", _ => "completed" } };
        using var server = FakeOpenAiServer.Start(api.Handle);
        // One batch at a time, two requests each: batch 1 = items 0 and 1, batch 2 = items 2 and 3.
        var request = setup.Pointwise(server.BaseUrl, 4) with { Endpoints = [Batched(server.BaseUrl) with { BatchMaxRequests = 2, BatchMaxInFlight = 1 }] };

        var outcome = await LiveSetup.Run(request);

        var byItem = outcome.Judgments["gpt"].ToDictionary(j => j.ItemId, j => (j.Score, j.MissingReason));
        Assert.Equal((0d, (string?)null), byItem["q0/d0"]);
        Assert.Equal(((double?)null, "batch expired"), byItem["q1/d1"]);
        Assert.Equal(((double?)null, "batch failed"), byItem["q2/d2"]);
        Assert.Equal(((double?)null, "batch failed"), byItem["q3/d3"]);
        Assert.False(outcome.Complete);
        var ended = outcome.Diagnostics.Where(d => d.Code == "JE9042").Select(d => d.Message).ToList();
        Assert.Equal(2, ended.Count);
        Assert.Contains("batch batch_1 expired: 1 requests unanswered", ended[0], StringComparison.Ordinal);
        Assert.Contains("batch batch_2 failed (invalid_request: scripted validation failure): 2 requests unanswered", ended[1], StringComparison.Ordinal);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "JE9020" && d.Message.Contains("batch failed: 2, batch expired: 1", StringComparison.Ordinal));
        Assert.Empty(Ledger.All());

        var again = await LiveSetup.Run(request);

        Assert.True(again.Complete);
        Assert.Equal((1, 3), (again.Counters.CacheHits, again.Counters.Calls));
        Assert.Equal([1, 2], api.BatchSizes.Skip(2).Order());
    }

    public void Dispose() => setup.Dispose();

    /// <summary>Every progress report, as it came (reports come from several threads).</summary>
    sealed class Collect : IProgress<JudgingProgress>
    {
        readonly List<JudgingProgress> reports = [];

        public IReadOnlyList<BatchProgress> Batches
        {
            get
            {
                lock (reports)
                {
                    return [.. reports.SelectMany(r => r.Batches)];
                }
            }
        }

        public JudgingProgress Last
        {
            get
            {
                lock (reports)
                {
                    return reports.MaxBy(r => (r.Done, r.Batches.Count(b => b.Status == "completed")))!;
                }
            }
        }

        public void Report(JudgingProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
