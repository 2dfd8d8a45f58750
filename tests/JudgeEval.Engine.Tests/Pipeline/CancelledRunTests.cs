using JudgeEval.Engine.Tests.Judging;
using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Pipeline;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>A cancelled run (Ctrl+C) stops with JE0094 and no results; the next run asks only what was not answered.</summary>
public sealed class CancelledRunTests : IDisposable
{
    readonly LiveEvalFolder folder = new();

    [Fact]
    public void A_cancelled_run_reports_it_and_the_next_run_continues()
    {
        var slow = 1;
        using var server = FakeOpenAiServer.Start(r => Volatile.Read(ref slow) == 1
            ? LiveEvalFolder.Answer(r) with { Delay = TimeSpan.FromMilliseconds(400) }
            : LiveEvalFolder.Answer(r));
        folder.WriteManifests(server.BaseUrl);
        var args = new RunArguments { Manifest = folder.LiveManifest, Out = folder.Out("out"), Offline = false };
        using var cancel = new CancellationTokenSource();
        var progress = new Progress(p =>
        {
            // Cancel once a few answers are in, as a user pressing Ctrl+C would.
            if (p.Done >= 4)
            {
                cancel.Cancel();
            }
        });

        var cancelled = EvalRunner.Run(args, new DateOnly(2026, 12, 1), new LiveServices { Progress = progress, Cancellation = cancel.Token });

        Assert.Null(cancelled.Results);
        Assert.Equal(CommandLine.UnusableInput, cancelled.ExitCode);
        Assert.Contains(cancelled.Diagnostics, d => d.Code == "JE0094");
        var cached = LiveSetup.CachedAnswers(Path.Combine(folder.Out("out"), "cache"));
        Assert.InRange(cached, 4, 79);

        Volatile.Write(ref slow, 0);
        var before = server.Count;
        var resumed = EvalRunner.Run(args, new DateOnly(2026, 12, 1));

        Assert.Equal((80 - cached, cached), (resumed.Results!.Live!.Calls, resumed.Results.Live.CacheHits));
        Assert.Equal(80 - cached, server.Count - before);
    }

    /// <summary>Synchronous, unlike System.Progress, so the cancel happens while requests are still in flight.</summary>
    sealed class Progress(Action<Engine.Judging.JudgingProgress> report) : IProgress<Engine.Judging.JudgingProgress>
    {
        public void Report(Engine.Judging.JudgingProgress value) => report(value);
    }

    public void Dispose() => folder.Dispose();
}
