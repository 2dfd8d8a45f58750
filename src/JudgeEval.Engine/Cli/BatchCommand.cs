using System.Globalization;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Pipeline;

namespace JudgeEval.Engine.Cli;

/// <summary>
/// `judgeeval batch status|cancel &lt;manifest&gt; [--batch ID] [--out DIR]`: the OpenAI Batch API batches a manifest's
/// cache has in flight, asked of their endpoints (status), or cancelled. Reads no data files; calls only the batches
/// endpoints with the manifest's keys.
/// </summary>
public static class BatchCommand
{
    public const string Usage = """
        usage: judgeeval batch status <manifest> [--batch ID] [--out DIR]
               judgeeval batch cancel <manifest> [--batch ID] [--out DIR]

        status   lists the batches submitted by earlier runs that no run has collected yet (kept in the cache's
                 batches folder), with each one's state and request counts as its endpoint reports them now.
        cancel   asks the endpoint to cancel them (all, or the one --batch names). The next run collects what a
                 cancelled batch answered and submits the rest again.
        --out    locates the default cache as `run` does (default judgeeval-out).
        """;

    sealed record Arguments(string Verb, string Manifest, string? Batch, string Out);

    public static int Run(IReadOnlyList<string> words, TextWriter stdout, TextWriter stderr)
    {
        if (words.Count == 0 || words.Any(w => w is "-h" or "--help"))
        {
            (words.Count == 0 ? stderr : stdout).WriteLine(Usage);
            return words.Count == 0 ? CommandLine.UnusableInput : CommandLine.Clean;
        }

        var (args, error) = Parse(words);
        if (args is null)
        {
            stderr.WriteLine(CliDiagnostics.BadArguments.Create(error!, null).ToCanonicalString());
            stderr.WriteLine(Usage);
            return CommandLine.UnusableInput;
        }

        var manifestPath = Path.GetFullPath(args.Manifest);
        if (!File.Exists(manifestPath))
        {
            stderr.WriteLine(CliDiagnostics.ManifestNotFound.Create($"Manifest '{args.Manifest}' does not exist.", null).ToCanonicalString());
            return CommandLine.UnusableInput;
        }

        var loaded = ManifestLoader.Load(manifestPath);
        foreach (var d in loaded.Diagnostics.Where(d => d.Severity == Severity.Error))
        {
            stderr.WriteLine(d.ToCanonicalString());
        }

        if (loaded.Manifest is not { } manifest)
        {
            return CommandLine.UnusableInput;
        }

        var request = LiveJudgingStep.Request(manifest, [], args.Out, offline: false, Environment.GetEnvironmentVariable);
        var lines = (args.Verb == "cancel"
            ? LiveBatches.CancelAsync(request, args.Batch, CancellationToken.None)
            : LiveBatches.StatusAsync(request, CancellationToken.None)).GetAwaiter().GetResult();
        if (lines.Count == 0)
        {
            stdout.WriteLine(args.Batch is null
                ? $"no batches in flight ({LiveBatches.LedgerFolder(request)})"
                : $"no batch '{args.Batch}' in flight ({LiveBatches.LedgerFolder(request)})");
            return args.Batch is null ? CommandLine.Clean : CommandLine.UnusableInput;
        }

        foreach (var line in lines)
        {
            stdout.WriteLine(Format(line));
        }

        return lines.Any(l => l.Problem is not null) ? CommandLine.FindingsFailed : CommandLine.Clean;
    }

    /// <summary>One batch per line: id, endpoint, status, counts, submitted time, requests, or what went wrong.</summary>
    public static string Format(BatchStatusLine line)
    {
        var r = line.Record;
        var head = string.Create(CultureInfo.InvariantCulture, $"{r.Id}  {line.EndpointId ?? "?"}  {r.Keys.Count} requests  submitted {r.SubmittedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z  ");
        return head + (line.State is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"{s.Status}  {s.Completed} completed, {s.Failed} failed of {s.Total}{(s.Error is null ? "" : $"  ({s.Error})")}")
            : "unknown: " + line.Problem);
    }

    static (Arguments? Arguments, string? Error) Parse(IReadOnlyList<string> words)
    {
        if (words[0] is not ("status" or "cancel"))
        {
            return (null, $"expected `batch status` or `batch cancel`, not '{words[0]}'");
        }

        string? manifest = null, batch = null;
        var outDir = RunArguments.DefaultOut;
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (word is "--batch" or "--out" or "-o")
            {
                if (i + 1 >= words.Count)
                {
                    return (null, $"option '{word}' needs a value");
                }

                var value = words[++i];
                if (word == "--batch")
                {
                    batch = value;
                }
                else
                {
                    outDir = value;
                }
            }
            else if (word.StartsWith('-'))
            {
                return (null, $"unknown option '{word}'");
            }
            else if (manifest is null)
            {
                manifest = word;
            }
            else
            {
                return (null, $"unexpected argument '{word}'");
            }
        }

        return manifest is null ? (null, "missing the manifest path") : (new Arguments(words[0], manifest, batch, outDir), null);
    }
}
