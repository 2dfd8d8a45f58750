using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Progress text, the bar, and line throttling when output is redirected (what MSBuild shows).</summary>
public class ProgressRendererTests
{
    sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Formats_rate_cache_cost_and_eta()
    {
        // 30 done in 10 s = 3/s; 60 left at 3/s = 20 s.
        var p = new JudgingProgress(30, 90, 12, 18, 0.125, TimeSpan.FromSeconds(10));

        Assert.Equal("30/90 requests, 3.0/s, 12 cached, 18 calls, cost 0.125, ETA 0:20", ConsoleProgressRenderer.Format(p));
        Assert.Equal("[########................]", ConsoleProgressRenderer.Bar(p));
    }

    [Fact]
    public void Redirected_output_prints_at_most_one_line_per_interval_and_the_last()
    {
        var clock = new ManualClock();
        using var writer = new StringWriter();
        var renderer = new ConsoleProgressRenderer(writer, interactive: false, TimeSpan.FromSeconds(5), clock);

        renderer.Report(new JudgingProgress(1, 4, 0, 1, 0, TimeSpan.FromSeconds(1)));
        clock.Now += TimeSpan.FromSeconds(2);
        renderer.Report(new JudgingProgress(2, 4, 0, 2, 0, TimeSpan.FromSeconds(3)));
        clock.Now += TimeSpan.FromSeconds(4);
        renderer.Report(new JudgingProgress(3, 4, 0, 3, 0, TimeSpan.FromSeconds(7)));
        renderer.Report(new JudgingProgress(4, 4, 0, 4, 0, TimeSpan.FromSeconds(7)));
        renderer.Report(new JudgingProgress(4, 4, 0, 4, 0, TimeSpan.FromSeconds(7)));

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["judgeeval: 1/4", "judgeeval: 3/4", "judgeeval: 4/4"], lines.Select(l => l[..14]));
    }

    [Fact]
    public void A_terminal_gets_a_bar_redrawn_in_place()
    {
        using var writer = new StringWriter();
        var renderer = new ConsoleProgressRenderer(writer, interactive: true, TimeSpan.FromSeconds(5), new ManualClock());

        renderer.Report(new JudgingProgress(2, 2, 2, 0, 0, TimeSpan.FromSeconds(1)));

        Assert.StartsWith("\r[########################] 2/2", writer.ToString(), StringComparison.Ordinal);
    }
}
