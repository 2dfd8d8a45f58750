using System.Text;
using JudgeEval.Engine.Cli;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>`judgeeval label` run in process on a background thread, as a user runs it, stopped as Ctrl+C stops it.</summary>
public sealed class LabelRun : IAsyncDisposable
{
    readonly CancellationTokenSource stop = new();
    readonly LineWriter stdout = new();
    readonly LineWriter stderr = new();
    readonly Task<int> run;

    LabelRun(IReadOnlyList<string> args) =>
        run = Task.Run(() => LabelCommand.Run(args, stdout, stderr, TimeProvider.System, stop.Token));

    public string Url { get; private set; } = "";

    /// <summary>The origin, e.g. http://127.0.0.1:41234.</summary>
    public string Origin => new Uri(Url).GetLeftPart(UriPartial.Authority);

    public string Token => Url[(Url.IndexOf("token=", StringComparison.Ordinal) + 6)..];

    public IReadOnlyList<string> Stdout => stdout.Lines;

    public string Stderr => string.Join("\n", stderr.Lines);

    public static async Task<LabelRun> StartAsync(params string[] args)
    {
        var label = new LabelRun(args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (label.stdout.Lines.Count == 0)
        {
            if (label.run.IsCompleted)
            {
                throw new InvalidOperationException($"judgeeval label exited with {await label.run}: {label.Stderr}");
            }

            await Task.Delay(20, timeout.Token);
        }

        label.Url = label.stdout.Lines[0]["Labelling at ".Length..];
        return label;
    }

    /// <summary>Ctrl+C: the server stops; returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        await stop.CancelAsync();
        return await run.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!run.IsCompleted)
        {
            await StopAsync();
        }

        stop.Dispose();
        await stdout.DisposeAsync();
        await stderr.DisposeAsync();
    }

    /// <summary>Collects whole lines, safely across threads.</summary>
    sealed class LineWriter : TextWriter
    {
        readonly object gate = new();
        readonly StringBuilder line = new();
        readonly List<string> lines = [];

        public override Encoding Encoding => Encoding.UTF8;

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (gate)
                {
                    return [.. lines];
                }
            }
        }

        public override void Write(char value)
        {
            lock (gate)
            {
                if (value == '\n')
                {
                    lines.Add(line.ToString().TrimEnd('\r'));
                    line.Clear();
                }
                else
                {
                    line.Append(value);
                }
            }
        }
    }
}
