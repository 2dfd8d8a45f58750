using System.Globalization;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Shared;

namespace JudgeEval.Engine.Cli;

/// <summary>
/// `judgeeval cache key &lt;manifest&gt; --judge ID --item ITEM [--sample N] [--swapped] [--out DIR]`: the canonical JSON a
/// request's cache key hashes, the hash, and the segment file and line its answer is cached in (or the folder new answers
/// go to). Sends nothing.
/// </summary>
public static class CacheCommand
{
    sealed record KeyArguments(string Manifest, string Judge, string Item, int Sample, bool Swapped, string Out);

    public static int Run(IReadOnlyList<string> words, TextWriter stdout, TextWriter stderr)
    {
        var (args, error) = words.Count > 0 && words[0] == "key" ? Parse(words.Skip(1).ToList()) : (null, "expected `cache key <manifest> --judge ID --item ITEM`");
        if (args is null)
        {
            return Fail(error!, stderr);
        }

        var manifestPath = Path.GetFullPath(args.Manifest);
        if (!File.Exists(manifestPath) && !Directory.Exists(manifestPath))
        {
            stderr.WriteLine(CliDiagnostics.ManifestNotFound.Create($"Manifest '{args.Manifest}' does not exist.", null).ToCanonicalString());
            return CommandLine.UnusableInput;
        }

        var loaded = ManifestLoader.Load(manifestPath);
        Print(loaded.Diagnostics, stdout, stderr);
        if (loaded.Manifest is not { } manifest)
        {
            return CommandLine.UnusableInput;
        }

        if (manifest.FindJudge(args.Judge) is not { Live: not null } judge)
        {
            var live = manifest.Judges.Where(j => j.Live is not null).Select(j => j.Id).ToList();
            return Fail($"'{args.Judge}' is not a live judge of the manifest; live judges: {(live.Count == 0 ? "none" : string.Join(", ", live))}", stderr);
        }

        // Only the items are needed: no labels, no recorded judgments.
        var (input, problems) = DataLoader.Load(manifest with { HumanLabels = [], Judges = [] });
        Print(problems, stdout, stderr);
        if (problems.Any(d => d.Severity == Severity.Error))
        {
            return CommandLine.UnusableInput;
        }

        if (!input.Items.Any(i => i.Id == args.Item))
        {
            return Fail($"no item has the id '{args.Item}'", stderr);
        }

        var request = LiveJudgingStep.Request(manifest with { Judges = [judge] }, input.Items, args.Out, offline: true, Environment.GetEnvironmentVariable);
        var report = LiveJudging.ExplainCacheKey(request, args.Judge, args.Item, args.Sample, args.Swapped);
        Print(report.Diagnostics, stdout, stderr);
        if (report.Explanation is not { } explanation)
        {
            return Fail(
                string.Create(CultureInfo.InvariantCulture, $"judge '{args.Judge}' sends no request for item '{args.Item}' sample {args.Sample}{(args.Swapped ? " swapped" : "")}: the sample is beyond `samples`, --swapped is for pairwise tasks, or the item lacks a field the prompt needs"),
                stderr);
        }

        stdout.WriteLine(ConsoleText.Escape(explanation.CanonicalJson));
        stdout.WriteLine($"hash  {explanation.Hash}");
        stdout.WriteLine(report.Stored is { } stored
            ? string.Create(CultureInfo.InvariantCulture, $"file  {ConsoleText.Escape(stored.File)} line {stored.Line} (cached)")
            : $"file  {ConsoleText.Escape(report.SegmentsFolder ?? "")} (not cached)");
        return CommandLine.Clean;
    }

    static (KeyArguments? Arguments, string? Error) Parse(List<string> words)
    {
        string? manifest = null, judge = null, item = null;
        var sample = 0;
        var swapped = false;
        var outDir = RunArguments.DefaultOut;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            string Value() => i + 1 < words.Count ? words[++i] : throw new FormatException($"option '{word}' needs a value");
            try
            {
                switch (word)
                {
                    case "--judge": judge = Value(); break;
                    case "--item": item = Value(); break;
                    case "--out" or "-o": outDir = Value(); break;
                    case "--swapped": swapped = true; break;
                    case "--sample":
                        sample = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException("--sample expects a whole number from 0");
                        break;
                    case var _ when word.StartsWith('-'): return (null, $"unknown option '{word}'");
                    case var _ when manifest is null: manifest = word; break;
                    default: return (null, $"unexpected argument '{word}'");
                }
            }
            catch (FormatException e)
            {
                return (null, e.Message);
            }
        }

        return (manifest, judge, item) switch
        {
            (null, _, _) => (null, "missing the manifest path"),
            (_, null, _) => (null, "missing --judge"),
            (_, _, null) => (null, "missing --item"),
            _ => (new KeyArguments(manifest, judge, item, sample, swapped, outDir), null),
        };
    }

    static int Fail(string message, TextWriter stderr)
    {
        stderr.WriteLine(CliDiagnostics.BadArguments.Create(message, null).ToCanonicalString());
        stderr.WriteLine(CommandLine.Usage);
        return CommandLine.UnusableInput;
    }

    static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter stdout, TextWriter stderr)
    {
        foreach (var d in diagnostics)
        {
            (d.Severity == Severity.Error ? stderr : stdout).WriteLine(d.ToCanonicalString());
        }
    }
}
