using System.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// The state of one live run: its planned units and what became of each, the endpoint clients it opened, and the
/// progress it reports. Each unit is settled once; concurrent sends share the counters and the clients.
/// </summary>
internal sealed class LiveRun : IDisposable
{
    readonly UnitResult[] results;
    readonly Dictionary<string, EndpointClient> clients = new(StringComparer.Ordinal);
    readonly IProgress<JudgingProgress>? progress;
    readonly Stopwatch clock = Stopwatch.StartNew();
    int done;
    int hits;

    public LiveRun(LiveJudgingRequest request, IReadOnlyList<JudgingUnit> units, LiveAnswers answers, IProgress<JudgingProgress>? progress)
    {
        Request = request;
        Units = units;
        Answers = answers;
        this.progress = progress;
        results = new UnitResult[units.Count];
        Ledger = new BatchLedger(answers.Cache.Root);
        Batches = new BatchReport(Report);
    }

    public LiveJudgingRequest Request { get; }

    public IReadOnlyList<JudgingUnit> Units { get; }

    public LiveAnswers Answers { get; }

    /// <summary>The batches in flight, kept with the cache.</summary>
    public BatchLedger Ledger { get; }

    public BatchReport Batches { get; }

    /// <summary>Read once every unit is settled.</summary>
    public IReadOnlyList<UnitResult> Results => results;

    public IReadOnlyDictionary<string, EndpointClient> Clients => clients;

    /// <summary>Before any send: the clients are only read once sending starts.</summary>
    public void Open(IEnumerable<EndpointSettings> endpoints, IReadOnlyDictionary<string, string?> keys)
    {
        foreach (var endpoint in endpoints)
        {
            clients[endpoint.Id] = new EndpointClient(endpoint, keys[endpoint.Id]!, TimeProvider.System);
        }
    }

    public void Settle(int unit, UnitResult result)
    {
        results[unit] = result;
        if (result.FromCache)
        {
            Interlocked.Increment(ref hits);
        }

        Interlocked.Increment(ref done);
    }

    public void Report() => progress?.Report(new JudgingProgress(
        Volatile.Read(ref done), Units.Count, Volatile.Read(ref hits), clients.Values.Sum(c => c.Calls), clients.Values.Sum(c => c.Cost), clock.Elapsed)
    {
        Batches = Batches.Progress,
    });

    public void Dispose()
    {
        foreach (var c in clients.Values)
        {
            c.Dispose();
        }
    }
}
