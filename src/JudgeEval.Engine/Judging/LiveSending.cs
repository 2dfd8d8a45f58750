using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Sends what the cache could not serve, all at once: through the Batch API for batch endpoints, one call per unit otherwise.
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

    static Task SendBatchAsync(LiveRun run, IGrouping<string, int> endpoint, CancellationToken ct)
    {
        // Identical requests (same key) are sent once; every unit with that key gets the answer.
        var byKey = endpoint.GroupBy(i => run.Units[i].Key!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var requests = byKey.Values.Select(g => BatchRequestOf(run.Units[g[0]], run.Request.Scale)).ToList();
        return run.Clients[endpoint.Key].RunBatchAsync(requests, run.Ledger, run.Batches, async results =>
        {
            foreach (var (key, result) in results)
            {
                if (byKey.TryGetValue(key, out var units))
                {
                    units.ForEach(i => Complete(run, i, result));
                }
                else
                {
                    // A resumed batch's answer to a request this run no longer makes: paid for, so kept.
                    run.Answers.Keep(key, result);
                }
            }

            // On the disk before the batch's record is removed, so a crash now cannot lose what was paid for.
            await run.Answers.Cache.FlushAsync().ConfigureAwait(false);
        }, ct);
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
