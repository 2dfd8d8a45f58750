using System.Globalization;

namespace JudgeEval.Engine.Judging;

/// <summary>How long to wait before a retry: the server's retry-after-ms / Retry-After (seconds or HTTP date), else exponential backoff with jitter.</summary>
public static class RetryDelay
{
    /// <summary>A server asking for longer than this is not waited for blindly; the retry budget then decides.</summary>
    public static readonly TimeSpan MaxServerDelay = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(0.5);

    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>Null when the headers say nothing usable.</summary>
    public static TimeSpan? FromHeaders(string? retryAfterMs, string? retryAfter, DateTimeOffset now)
    {
        if (double.TryParse(retryAfterMs, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
        {
            return Clamp(TimeSpan.FromMilliseconds(ms));
        }

        if (string.IsNullOrWhiteSpace(retryAfter))
        {
            return null;
        }

        if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return Clamp(TimeSpan.FromSeconds(seconds));
        }

        return DateTimeOffset.TryParseExact(retryAfter.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? Clamp(date - now)
            : null;
    }

    /// <summary>Attempt 1, 2, 3... waits base * 2^(attempt-1), capped, times a jitter factor in [0.5, 1) so that parallel callers spread out.</summary>
    public static TimeSpan Backoff(int attempt, double jitter01)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1));
        var capped = Math.Min(exponential, MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * Math.Clamp(jitter01, 0, 1))));
    }

    static TimeSpan Clamp(TimeSpan delay) =>
        delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxServerDelay ? MaxServerDelay : delay;
}
