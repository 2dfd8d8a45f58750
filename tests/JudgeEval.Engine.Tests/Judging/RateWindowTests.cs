using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>The per-minute window: full after the limit, free again when the oldest entry is 60 s old.</summary>
public class RateWindowTests
{
    sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Requests_per_minute_are_bounded()
    {
        var clock = new ManualClock();
        var window = new RateWindow(2, null, clock);

        Assert.Equal(TimeSpan.Zero, window.TryReserve(10));
        clock.Now += TimeSpan.FromSeconds(20);
        Assert.Equal(TimeSpan.Zero, window.TryReserve(10));
        Assert.Equal(TimeSpan.FromSeconds(40), window.TryReserve(10));
        clock.Now += TimeSpan.FromSeconds(40);
        Assert.Equal(TimeSpan.Zero, window.TryReserve(10));
    }

    [Fact]
    public void Tokens_per_minute_are_bounded_but_one_oversized_request_still_goes()
    {
        var clock = new ManualClock();
        var window = new RateWindow(null, 1000, clock);

        Assert.Equal(TimeSpan.Zero, window.TryReserve(5000));
        Assert.Equal(TimeSpan.FromMinutes(1), window.TryReserve(1));
        clock.Now += TimeSpan.FromMinutes(1);
        Assert.Equal(TimeSpan.Zero, window.TryReserve(600));
        Assert.Equal(TimeSpan.Zero, window.TryReserve(400));
        Assert.NotEqual(TimeSpan.Zero, window.TryReserve(1));
    }
}
