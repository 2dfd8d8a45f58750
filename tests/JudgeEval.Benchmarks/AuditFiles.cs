using System.Diagnostics;
using System.Globalization;
using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Pipeline;

namespace JudgeEval.Benchmarks;

/// <summary>
/// `write-audit FOLDER [--items N] [--resamples B]`: writes the synthetic nine-judge eval as files for the CLI
/// (see <see cref="SyntheticAudit.WriteFiles"/>). `audit-stages FOLDER [--rounds R]`: times the stages of one run on
/// those files with the engine's own types (manifest, import, join, analysis, audit), warm after the first round,
/// with the process's CPU time and the bytes allocated per stage.
/// </summary>
static class AuditFiles
{
    public static int Write(IReadOnlyList<string> args)
    {
        var folder = args[0];
        var items = Option(args, "--items", 1_000_000);
        var resamples = Option(args, "--resamples", 10_000);
        var clock = Stopwatch.StartNew();
        SyntheticAudit.WriteFiles(folder, items, resamples);
        var bytes = Directory.GetFiles(folder, "*.jsonl").Sum(f => new FileInfo(f).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{items:N0} items x {SyntheticAudit.Judges} judges, B = {resamples:N0}: {bytes / 1e6:F1} MB of jsonl in {folder} ({clock.Elapsed.TotalSeconds:F1} s)"));
        return 0;
    }

    public static int Stages(IReadOnlyList<string> args)
    {
        var manifestPath = Path.GetFullPath(Path.Combine(args[0], "judgeeval.yaml"));
        var rounds = Option(args, "--rounds", 3);
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"round {round}");
            var manifest = Stage("manifest", () => ManifestLoader.Load(manifestPath).Manifest!);
            var input = Stage("import", () => DataLoader.Load(manifest).Input);
            var data = Stage("join", () => DatasetBuilder.Build(input).Dataset!);
            var catalog = ModelCatalog.BuiltIn;
            var (results, evidence) = Stage("analysis", () => Analyzer.Analyze(manifestPath, manifest, data, catalog));
            Stage("audit", () => AuditRules.Check(new AuditContext { Manifest = manifest, Results = results, Catalog = catalog, Evidence = evidence, Today = new DateOnly(2026, 12, 1) }));
            input = null;
            data = null;
            GC.Collect();
        }

        return 0;
    }

    static T Stage<T>(string name, Func<T> run)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        var wall = clock.Elapsed.TotalSeconds;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var bytes = GC.GetTotalAllocatedBytes(precise: false) - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-10} {wall,7:F3} s wall {used,7:F3} s cpu {bytes / 1e6,9:F1} MB allocated"));
        return result;
    }

    static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
            {
                return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        return fallback;
    }
}
