using System.Diagnostics;
using System.Globalization;
using JudgeEval.Engine.Analysis;
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
/// with the process's CPU time and the bytes allocated per stage (`--live`: and the bytes reachable after it).
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
        live = args.Contains("--live");
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"round {round}");
            var manifest = Stage("manifest", () => ManifestLoader.Load(manifestPath).Manifest!);
            var input = Stage("import", () => DataLoader.Load(manifest).Input);
            var data = Stage("join", () =>
            {
                var joined = DatasetBuilder.Build(input!).Dataset!;
                input = null; // as in the CLI, what was read is garbage once joined
                return joined;
            });
            var catalog = ModelCatalog.BuiltIn;
            var (results, evidence) = Stage("analysis", () => Analyzer.Analyze(manifestPath, manifest, data, catalog));
            Stage("audit", () => AuditRules.Check(new AuditContext { Manifest = manifest, Results = results, Catalog = catalog, Evidence = evidence, Today = new DateOnly(2026, 12, 1) }));
            if (args.Contains("--analyses"))
            {
                Analyses(manifest, data, catalog);
            }

            data = null;
            GC.Collect();
        }

        return 0;
    }

    /// <summary>The analyses one after the other on one thread, each timed: where the analysis stage's CPU goes.</summary>
    static void Analyses(EvalManifest manifest, EvalDataset data, ModelCatalog catalog)
    {
        var settings = Analyzer.Settings(manifest, data);
        var judges = manifest.Judges;
        var kappas = judges.ToDictionary(j => j.Id, _ => 0.5, StringComparer.Ordinal);
        Stage("  vsHuman", () => judges.Select(j => HumanAgreementAnalyzer.Analyze(data.Judge(j.Id).Scores, data.Human, settings, data.HumanGrades)).ToList());
        Stage("  altTest", () => judges.Select(j => AltTestAnalyzer.Analyze(data.Judge(j.Id).Scores, data, settings, 0.1)).ToList());
        Stage("  position", () => judges.Select(j => PositionBiasAnalyzer.Analyze(data.Judge(j.Id), data.Human)).ToList());
        Stage("  consistency", () => judges.Select(j => SelfConsistencyAnalyzer.Analyze(data.Judge(j.Id), settings)).ToList());
        Stage("  lengthBias", () => judges.Select(j => LengthBiasAnalyzer.Analyze(data.Judge(j.Id), data, settings)).ToList());
        Stage("  labelsHash", () => CalibrationIdentityAnalyzer.LabelsHash(data));
        var verdicts = Stage("  ensemble", () => manifest.Ensembles.Select(e => EnsembleAnalyzer.Verdicts(e, data, kappas)).ToList());
        Stage("  product", () => judges.Select(j => ProductScoreAnalyzer.Score(j.Id, data.Judge(j.Id).Scores, data.Human, settings, null)).ToList());
        Stage("  pairs", () => InterJudgeAnalyzer.Pairs(data, settings));
        Stage("  multiRater", () => InterJudgeAnalyzer.MultiRater(data, settings));
        Stage("  selfPref", () => judges.Select(j => SelfPreferenceAnalyzer.Analyze(j.Id, j.Model, data, catalog, settings, manifest.SelfPreferenceScope)).ToList());
        Stage("  review", () => ReviewSelector.Select(data, manifest.Review.Top));
        Stage("  outliers", () => ReviewSelector.OutlierCounts(data));
        Stage("  humans", () => HumanCeilingAnalyzer.Analyze(data, settings, 30));
        Stage("  unresolved", () => ProducerSides.Unresolved(data.Items, catalog));
        Stage("  queries", () => data.Items.Select(i => i.QueryId).OfType<string>().Distinct(StringComparer.Ordinal).Count());
        Stage("  ranked", () => RankedQueries.From(data.Items));
        Stage("  valid", () => judges.Sum(j => data.Judge(j.Id).Valid) + verdicts.Count);
    }

    /// <summary>`--live`: after each stage, a full collection and the bytes still reachable (what the stage keeps).</summary>
    static bool live;

    static T Stage<T>(string name, Func<T> run)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var paused = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        var wall = clock.Elapsed.TotalSeconds;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var bytes = GC.GetTotalAllocatedBytes(precise: false) - allocated;
        var gc = (GC.GetTotalPauseDuration() - paused).TotalSeconds;
        var reachable = live ? string.Create(CultureInfo.InvariantCulture, $" {GC.GetTotalMemory(forceFullCollection: true) / 1e6,9:F1} MB live") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-14} {wall,7:F3} s wall {used,7:F3} s cpu {bytes / 1e6,9:F1} MB allocated {gc,7:F3} s GC pauses{reachable}"));
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
