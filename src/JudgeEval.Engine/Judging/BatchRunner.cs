using System.ClientModel;
using System.Text.Json;

namespace JudgeEval.Engine.Judging;

/// <summary>One request of a batch: its cache key (the batch's custom_id) and what to ask.</summary>
internal sealed record BatchRequest(string Key, string Model, IReadOnlyList<ChatTurn> Messages, double? Temperature, long? Seed, Data.Scale Scale, bool Structured);

/// <summary>
/// Runs an endpoint's batches: the batches an earlier run left in flight (from the <see cref="BatchLedger"/>) and new
/// ones, one per batch file, at most <c>batchMaxInFlight</c> at once. A new batch is recorded as soon as the provider
/// accepts it; each is polled every <c>batchPollSeconds</c> until it ends or <c>batchMaxWaitSeconds</c> (from the start
/// of the run) have passed. An ended batch's output and error files are read, every request of it gets an answer or a
/// reason (<see cref="BatchReasons"/>), <c>collect</c> stores them, and only then is the record removed. A batch still
/// running keeps its record: its requests are "batch not finished" now and collected by the next run.
/// </summary>
internal sealed class BatchRunner(EndpointSettings endpoint, BatchApi api, BatchLedger ledger, BatchReport report, Func<IReadOnlyDictionary<string, CallResult>, Task> collect)
{
    readonly DateTimeOffset deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(endpoint.BatchMaxWaitSeconds);

    public async Task RunAsync(IReadOnlyList<BatchRecord> resumed, IReadOnlyList<BatchFile> files, CancellationToken ct)
    {
        using var slots = new SemaphoreSlim(endpoint.BatchMaxInFlight, endpoint.BatchMaxInFlight);
        // Resumed batches first: they are already running at the provider.
        await Task.WhenAll(resumed.Select(r => InSlotAsync(slots, () => FollowAsync(r, ct), ct))
            .Concat(files.Select(f => InSlotAsync(slots, () => SubmitAndFollowAsync(f, ct), ct)))).ConfigureAwait(false);
    }

    static async Task InSlotAsync(SemaphoreSlim slots, Func<Task> work, CancellationToken ct)
    {
        await slots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await work().ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    async Task SubmitAndFollowAsync(BatchFile file, CancellationToken ct)
    {
        if (DateTimeOffset.UtcNow >= deadline)
        {
            await Unanswered(null, "not submitted", file.Keys, BatchReasons.NotSubmitted, null).ConfigureAwait(false);
            return;
        }

        BatchRecord record;
        try
        {
            var (id, input) = await api.SubmitAsync(file.Jsonl, ct).ConfigureAwait(false);
            record = new BatchRecord { Id = id, BaseUrl = endpoint.BaseUrl, InputFileId = input, SubmittedAt = DateTimeOffset.UtcNow, Keys = file.Keys };
        }
        catch (Exception e) when (!ct.IsCancellationRequested && IsProviderError(e))
        {
            var reason = e is ClientResultException { Status: > 0 } c ? $"batch http {c.Status}" : BatchReasons.NotSubmitted;
            await Unanswered(null, "not submitted", file.Keys, reason, null).ConfigureAwait(false);
            return;
        }

        if (!ledger.TrySave(record))
        {
            report.Add(new BatchEvent(endpoint.Id, BatchEventKind.NotRecorded, record.Id, null, null, record.Keys.Count));
        }

        await FollowAsync(record, ct).ConfigureAwait(false);
    }

    async Task FollowAsync(BatchRecord record, CancellationToken ct)
    {
        BatchState state;
        try
        {
            state = await PollAsync(record.Id, ct).ConfigureAwait(false);
        }
        catch (ClientResultException e) when (!ct.IsCancellationRequested && e.Status == 404)
        {
            // The provider does not know it (deleted, another account): submitted again by the next run.
            ledger.Remove(record.Id);
            await Unanswered(record.Id, "not found", record.Keys, BatchReasons.NotFound, null).ConfigureAwait(false);
            return;
        }
        catch (Exception e) when (!ct.IsCancellationRequested && IsProviderError(e))
        {
            await StillRunning(record, "unknown").ConfigureAwait(false);
            return;
        }

        if (!state.Ended)
        {
            await StillRunning(record, state.Status).ConfigureAwait(false);
            return;
        }

        var results = new Dictionary<string, CallResult>(StringComparer.Ordinal);
        try
        {
            var known = record.Keys.ToHashSet(StringComparer.Ordinal);
            foreach (var fileId in new[] { state.OutputFileId, state.ErrorFileId }.OfType<string>())
            {
                BatchOutput.Read((await api.DownloadAsync(fileId, ct).ConfigureAwait(false)).ToMemory().Span, known, results);
            }
        }
        catch (AnswerTooLargeException e)
        {
            // An output file beyond AnswerSizeLimit.MaxBatchOutputBytes is never read: its items are missing, with why.
            foreach (var key in record.Keys.Where(k => !results.ContainsKey(k)))
            {
                results[key] = CallResult.Failed(e.Message);
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested && IsProviderError(e))
        {
            // The answers exist but could not be fetched: keep the record and fetch them next time.
            await StillRunning(record, state.Status).ConfigureAwait(false);
            return;
        }

        var reason = BatchReasons.Unanswered(state.Status);
        var missing = record.Keys.Where(k => !results.ContainsKey(k)).ToList();
        foreach (var key in missing)
        {
            results[key] = CallResult.Failed(reason);
        }

        await collect(results).ConfigureAwait(false);
        ledger.Remove(record.Id);
        var unanswered = results.Values.Count(r => r.Answer is null);
        if (unanswered > 0 && state.Status != "completed")
        {
            report.Add(new BatchEvent(endpoint.Id, BatchEventKind.Unanswered, record.Id, state.Status, state.Error, unanswered));
        }
    }

    /// <summary>Polls until the batch ends or the wait runs out; the last state read.</summary>
    async Task<BatchState> PollAsync(string id, CancellationToken ct)
    {
        // Bounded by the deadline: each pass polls once and sleeps the poll interval.
        while (true)
        {
            var state = await api.StateAsync(id, ct).ConfigureAwait(false);
            report.Polled(endpoint.Id, state);
            if (state.Ended || DateTimeOffset.UtcNow >= deadline)
            {
                return state;
            }

            var wait = TimeSpan.FromSeconds(endpoint.BatchPollSeconds);
            var left = deadline - DateTimeOffset.UtcNow;
            await Task.Delay(left < wait ? left : wait, ct).ConfigureAwait(false);
        }
    }

    Task StillRunning(BatchRecord record, string status)
    {
        report.Add(new BatchEvent(endpoint.Id, BatchEventKind.StillRunning, record.Id, status, null, record.Keys.Count));
        return collect(record.Keys.ToDictionary(k => k, _ => CallResult.Failed(BatchReasons.NotFinished), StringComparer.Ordinal));
    }

    Task Unanswered(string? id, string status, IReadOnlyList<string> keys, string reason, string? error)
    {
        report.Add(new BatchEvent(endpoint.Id, BatchEventKind.Unanswered, id, status, error ?? (reason == BatchReasons.NotSubmitted ? null : reason), keys.Count));
        return collect(keys.ToDictionary(k => k, _ => CallResult.Failed(reason), StringComparer.Ordinal));
    }

    static bool IsProviderError(Exception e) =>
        e is ClientResultException or IOException or HttpRequestException or JsonException or InvalidOperationException or OperationCanceledException or AggregateException or FormatException;
}
