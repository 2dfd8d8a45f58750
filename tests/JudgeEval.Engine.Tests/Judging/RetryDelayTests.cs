using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Retry-After as seconds or HTTP date (RFC 9110 section 10.2.3), retry-after-ms (OpenAI/Azure), and the jittered backoff.</summary>
public class RetryDelayTests
{
    static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Milliseconds_win_over_seconds() =>
        Assert.Equal(TimeSpan.FromMilliseconds(250), RetryDelay.FromHeaders("250", "7", Now));

    [Fact]
    public void Seconds_are_read() => Assert.Equal(TimeSpan.FromSeconds(7), RetryDelay.FromHeaders(null, "7", Now));

    [Fact]
    public void An_http_date_counts_from_now() =>
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelay.FromHeaders(null, "Tue, 01 Dec 2026 12:00:30 GMT", Now));

    [Fact]
    public void A_date_in_the_past_means_now() =>
        Assert.Equal(TimeSpan.Zero, RetryDelay.FromHeaders(null, "Tue, 01 Dec 2026 11:00:00 GMT", Now));

    [Fact]
    public void An_excessive_request_is_capped() =>
        Assert.Equal(RetryDelay.MaxServerDelay, RetryDelay.FromHeaders(null, "86400", Now));

    [Theory]
    [InlineData(null, null)]
    [InlineData(null, "soon")]
    [InlineData("-5", null)]
    public void Unusable_headers_leave_it_to_backoff(string? ms, string? after) => Assert.Null(RetryDelay.FromHeaders(ms, after, Now));

    [Theory]
    [InlineData(1, 0.0, 250)]
    [InlineData(1, 1.0, 500)]
    [InlineData(3, 0.0, 1000)]
    [InlineData(3, 1.0, 2000)]
    [InlineData(20, 1.0, 30000)]
    public void Backoff_doubles_with_jitter_and_a_cap(int attempt, double jitter, double expectedMs) =>
        Assert.Equal(expectedMs, RetryDelay.Backoff(attempt, jitter).TotalMilliseconds, 6);
}
