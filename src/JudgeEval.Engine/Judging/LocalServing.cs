namespace JudgeEval.Engine.Judging;

/// <summary>
/// Settles every unit that needs no call: an item lacking a prompt field, a cache hit, and (as missing) a miss while
/// offline or without an API key. What is left must be sent.
/// </summary>
internal static class LocalServing
{
    /// <summary>The units still to send, in plan order.</summary>
    public static List<int> Serve(LiveRun run, IReadOnlyDictionary<string, string?> keys)
    {
        var pending = new List<int>();
        for (var i = 0; i < run.Units.Count; i++)
        {
            if (WithoutCall(run.Units[i], run, keys) is { } result)
            {
                run.Settle(i, result);
            }
            else
            {
                pending.Add(i);
            }
        }

        return pending;
    }

    static UnitResult? WithoutCall(JudgingUnit unit, LiveRun run, IReadOnlyDictionary<string, string?> keys)
    {
        if (unit.Messages is null)
        {
            return UnitResult.Unanswerable($"item has no {unit.LackingField}");
        }

        return run.Answers.Cached(unit)
            ?? (run.Request.Cache.Offline ? UnitResult.Unanswered(MissingReasons.Offline)
                : keys[unit.Judge.Endpoint.Id] is null ? UnitResult.Unanswered(MissingReasons.NoApiKey)
                : null);
    }
}
