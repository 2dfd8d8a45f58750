namespace JudgeEval.Engine.Judging;

/// <summary>
/// Requests- and tokens-per-minute over a sliding 60 s window. Callers reserve before sending; when the window is full
/// they wait until its oldest entries expire.
/// </summary>
public sealed class RateWindow(int? requestsPerMinute, int? tokensPerMinute, TimeProvider clock)
{
    static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    readonly Queue<(DateTimeOffset At, long Tokens)> recent = new();
    readonly object gate = new();
    long tokensInWindow;

    public async Task WaitAsync(long estimatedTokens, CancellationToken ct)
    {
        if (requestsPerMinute is null && tokensPerMinute is null)
        {
            return;
        }

        // Bounded: each pass either reserves or waits until the oldest entry leaves the window.
        for (var wait = TryReserve(estimatedTokens); wait > TimeSpan.Zero; wait = TryReserve(estimatedTokens))
        {
            await Task.Delay(wait, clock, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Reserves a slot now and returns zero, or returns how long to wait before trying again.</summary>
    internal TimeSpan TryReserve(long estimatedTokens)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var wait = Delay(now, estimatedTokens);
            if (wait <= TimeSpan.Zero)
            {
                recent.Enqueue((now, estimatedTokens));
                tokensInWindow += estimatedTokens;
            }

            return wait;
        }
    }

    /// <summary>Zero when a request of this size fits now; otherwise how long until the oldest entry expires.</summary>
    TimeSpan Delay(DateTimeOffset now, long tokens)
    {
        while (recent.Count > 0 && now - recent.Peek().At >= Window)
        {
            tokensInWindow -= recent.Dequeue().Tokens;
        }

        var fullRequests = requestsPerMinute is { } rpm && recent.Count >= rpm;
        // A single request bigger than the whole limit still goes out alone, rather than never.
        var fullTokens = tokensPerMinute is { } tpm && recent.Count > 0 && tokensInWindow + tokens > tpm;
        return fullRequests || fullTokens ? recent.Peek().At + Window - now : TimeSpan.Zero;
    }
}
