using System.ClientModel.Primitives;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// The SDK pipeline's retry step: retries 408, 429, 5xx and network timeouts (not the caller's cancellation) up to a bound,
/// honouring the server's retry hints, and counts every retry for the run's counters.
/// </summary>
internal sealed class JudgeRetryPolicy(int maxRetries, Action onRetry) : ClientRetryPolicy(maxRetries)
{
    readonly int maxRetries = maxRetries;

    protected override bool ShouldRetry(PipelineMessage message, Exception? exception)
    {
        if (Tries(message) >= maxRetries || message.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (exception is not null)
        {
            return base.ShouldRetry(message, exception);
        }

        return message.Response?.Status is 408 or 429 or >= 500;
    }

    protected override ValueTask<bool> ShouldRetryAsync(PipelineMessage message, Exception? exception) =>
        new(ShouldRetry(message, exception));

    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount)
    {
        var headers = message.Response?.Headers;
        string? ms = null, after = null;
        _ = headers?.TryGetValue("retry-after-ms", out ms);
        _ = headers?.TryGetValue("Retry-After", out after);
        return RetryDelay.FromHeaders(ms, after, DateTimeOffset.UtcNow) ?? RetryDelay.Backoff(tryCount + 1, Random.Shared.NextDouble());
    }

    protected override void OnTryComplete(PipelineMessage message)
    {
        message.SetProperty(typeof(JudgeRetryPolicy), Tries(message) + 1);
        onRetry();
    }

    /// <summary>Retries so far of this message (the SDK keeps its own count internal).</summary>
    static int Tries(PipelineMessage message) =>
        message.TryGetProperty(typeof(JudgeRetryPolicy), out var value) && value is int n ? n : 0;
}
