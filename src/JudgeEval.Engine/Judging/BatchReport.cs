using System.Collections.Concurrent;

namespace JudgeEval.Engine.Judging;

/// <summary>A batch that needs the user's attention at the end of a run (see <see cref="BatchDiagnostics"/>).</summary>
internal sealed record BatchEvent(string Endpoint, BatchEventKind Kind, string? BatchId, string? Status, string? Error, int Requests);

internal enum BatchEventKind
{
    /// <summary>Still running when the wait ran out; recorded, so the next run collects it.</summary>
    StillRunning,

    /// <summary>Ended (failed, expired, cancelled, not found) or could not be submitted, with requests unanswered.</summary>
    Unanswered,

    /// <summary>The provider accepted it but the cache could not record its id.</summary>
    NotRecorded,

    /// <summary>Requests larger than one batch file may be.</summary>
    TooLarge,
}

/// <summary>What the batches of a run did: the last polled state of each (for progress) and the events for the diagnostics.</summary>
internal sealed class BatchReport(Action changed)
{
    readonly ConcurrentDictionary<string, BatchProgress> batches = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<BatchEvent> events = new();

    public IReadOnlyList<BatchProgress> Progress => [.. batches.Values.OrderBy(b => b.Id, StringComparer.Ordinal)];

    public IReadOnlyList<BatchEvent> Events => [.. events];

    public void Polled(string endpoint, BatchState state)
    {
        batches[state.Id] = new BatchProgress(endpoint, state.Id, state.Status, state.Completed, state.Failed, state.Total);
        changed();
    }

    public void Add(BatchEvent e) => events.Enqueue(e);
}
