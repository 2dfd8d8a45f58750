using System.Globalization;
using System.Text;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Shows a live run's progress: on a terminal one bar redrawn in place; redirected (MSBuild, CI logs) a plain line at most
/// every <see cref="Interval"/>, plus the final one, so logs stay short.
/// </summary>
public sealed class ConsoleProgressRenderer(TextWriter writer, bool interactive, TimeSpan interval, TimeProvider clock) : IProgress<JudgingProgress>
{
    const int BarWidth = 24;

    /// <summary>Batches shown by id on the progress line; the rest are counted.</summary>
    const int ShownBatches = 4;

    /// <summary>A terminal redraw faster than this only costs time.</summary>
    static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    readonly object gate = new();
    DateTimeOffset? last;
    bool finished;

    public TimeSpan Interval { get; } = interval;

    /// <summary>Standard error, interactive unless redirected, lines every 5 s otherwise.</summary>
    public static ConsoleProgressRenderer ForConsole() =>
        new(Console.Error, !Console.IsErrorRedirected, TimeSpan.FromSeconds(5), TimeProvider.System);

    public void Report(JudgingProgress value)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var final = value.Done >= value.Total;
            if (finished || (!final && last is { } l && now - l < (interactive ? RedrawInterval : Interval)))
            {
                return;
            }

            last = now;
            finished = final;
            if (interactive)
            {
                writer.Write('\r' + Bar(value) + ' ' + Format(value));
                if (final)
                {
                    writer.WriteLine();
                }
            }
            else
            {
                writer.WriteLine("judgeeval: " + Format(value));
            }

            writer.Flush();
        }
    }

    public static string Format(JudgingProgress p)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{p.Done}/{p.Total} requests, {p.Rate:0.0}/s, {p.CacheHits} cached, {p.Calls} calls, cost {p.Cost:0.####}");
        if (p.Done < p.Total && p.Eta is { } eta)
        {
            text.Append(", ETA ").Append(eta.ToString(eta.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture));
        }

        foreach (var b in p.Batches.Take(ShownBatches))
        {
            text.Append(CultureInfo.InvariantCulture, $"; {b.Id} {b.Status} {b.Completed + b.Failed}/{b.Total}");
        }

        if (p.Batches.Count > ShownBatches)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {p.Batches.Count - ShownBatches} more batches");
        }

        return text.ToString();
    }

    public static string Bar(JudgingProgress p)
    {
        var filled = p.Total == 0 ? BarWidth : (int)Math.Round(BarWidth * (double)p.Done / p.Total);
        return "[" + new string('#', filled) + new string('.', BarWidth - filled) + "]";
    }
}
