using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Sends what the cache could not serve, all at once: one batch per endpoint in batch mode, one call per unit otherwise.
/// Each answer is stored and settles its units as it arrives.
/// </summary>
internal static class LiveSending
{
    public static Task SendAsync(LiveRun run, IReadOnlyList<int> pending, CancellationToken ct)
    {
        var batched = pending.Where(i => run.Units[i].Judge.Endpoint.Batch).GroupBy(i => run.Units[i].Judge.Endpoint.Id);
        var single = pending.Where(i => !run.Units[i].Judge.Endpoint.Batch);
        return Task.WhenAll(batched.Select(endpoint => SendBatchAsync(run, endpoint, ct)).Concat(single.Select(i => SendOneAsync(run, i, ct))));
    }

    static async Task SendBatchAsync(LiveRun run, IGrouping<string, int> endpoint, CancellationToken ct)
    {
        // Identical requests (same key) are sent once; every unit with that key gets the answer.
        var byKey = endpoint.GroupBy(i => run.Units[i].Key!, StringComparer.Ordinal).ToList();
        var requests = byKey.Select(g => BatchRequestOf(run.Units[g.First()], run.Request.Scale)).ToList();
        var answers = await run.Clients[endpoint.Key].RunBatchAsync(requests, ct).ConfigureAwait(false);
        foreach (var g in byKey)
        {
            foreach (var i in g)
            {
                Complete(run, i, answers[g.Key]);
            }
        }
    }

    static BatchRequest BatchRequestOf(JudgingUnit u, Scale scale) => new(
        u.Key!, u.Judge.Settings.Model, u.Messages!, u.Judge.Settings.Temperature, u.KeyInput!.Seed, scale, u.Judge.Endpoint.StructuredOutput);

    static async Task SendOneAsync(LiveRun run, int i, CancellationToken ct)
    {
        var u = run.Units[i];
        var s = u.Judge.Settings;
        var call = await run.Clients[u.Judge.Endpoint.Id]
            .CallAsync(s.Model, u.Messages!, s.Temperature, u.KeyInput!.Seed, run.Request.Scale, u.Judge.Endpoint.StructuredOutput, ct)
            .ConfigureAwait(false);
        Complete(run, i, call);
    }

    static void Complete(LiveRun run, int i, CallResult call)
    {
        run.Settle(i, run.Answers.Store(run.Units[i], call));
        run.Report();
    }
}
