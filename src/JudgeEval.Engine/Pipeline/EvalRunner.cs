using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Workspace;
using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.History;
using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Json;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Pipeline;

/// <summary>One `judgeeval run`: manifest, data, statistics, rules, results. Pure of output writing, so tests can call it.</summary>
public static class EvalRunner
{
    public static RunOutcome Run(RunArguments args, DateOnly today) => Run(args, today, LiveServices.Default);

    public static RunOutcome Run(RunArguments args, DateOnly today, LiveServices live)
    {
        var (repository, rootProblems) = RepositoryRoot.Resolve(args.Manifest, args.SarifRoot, live.Environment);
        return Run(args, today, live, repository, rootProblems) with { Repository = repository };
    }

    static RunOutcome Run(RunArguments args, DateOnly today, LiveServices live, RepositoryContext repository, IReadOnlyList<Diagnostic> rootProblems)
    {
        var diagnostics = new List<Diagnostic>(rootProblems);
        var manifestPath = Path.GetFullPath(args.Manifest);
        if (!File.Exists(manifestPath) && !Directory.Exists(manifestPath))
        {
            diagnostics.Add(CliDiagnostics.ManifestNotFound.Create($"Manifest '{args.Manifest}' does not exist.", null));
            return new RunOutcome(diagnostics, null, []);
        }

        var loaded = ManifestLoader.Load(manifestPath);
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.Manifest is not { } manifest)
        {
            return new RunOutcome(diagnostics, null, [manifestPath]);
        }

        var (withOverrides, overrideProblems) = ThresholdOverrides.Apply(manifest, args.Thresholds);
        diagnostics.AddRange(overrideProblems);
        manifest = withOverrides;
        IReadOnlyList<string> inputs = [manifestPath, .. manifest.ReferencedFiles];

        var (catalog, catalogProblems) = CatalogFor(manifest);
        diagnostics.AddRange(catalogProblems);
        var baseline = ReadBaseline(args.Baseline, diagnostics);
        if (diagnostics.Any(d => d.IsInputError))
        {
            return new RunOutcome(diagnostics, null, inputs) { Manifest = manifest };
        }

        var (data, liveSummary) = LoadAndJoin(args, manifest, live, diagnostics);
        if (data is null)
        {
            return new RunOutcome(diagnostics, null, inputs) { Manifest = manifest };
        }

        var (analyzed, evidence) = Analyzer.Analyze(args.Manifest, manifest, data, catalog);
        var history = manifest.History is { } historySpec ? HistoryFile.Read(historySpec, diagnostics) : null;
        diagnostics.AddRange(AuditRules.Check(new AuditContext
        {
            Manifest = manifest,
            Results = analyzed,
            Catalog = catalog,
            Evidence = evidence,
            Baseline = baseline,
            History = history?.Recent ?? [],
            Today = today,
        }));

        var (verdict, gate) = Verdicts.Settle(diagnostics, liveSummary, manifest);
        if (gate is not null)
        {
            diagnostics.Add(gate);
        }

        var results = analyzed with
        {
            Live = liveSummary,
            Verdict = verdict,
            Findings = [.. diagnostics.Select(d => Finding.From(d, args.HelpBase))],
        };
        if (manifest.History is { } spec && history is not null)
        {
            results = results with { History = HistoryRecorder.Attach(spec.Written, history, HistoryRecorder.Record(results, repository.Git, live.Time.GetUtcNow())) };
        }

        return new RunOutcome(diagnostics, results, inputs) { Baseline = baseline, Manifest = manifest };
    }

    /// <summary>
    /// The data read, judged live where asked, and joined; null when that failed (the reasons are in
    /// <paramref name="diagnostics"/>). A method of its own so that what was read is garbage once joined: the caller's
    /// frame, alive for the whole analysis, never holds it.
    /// </summary>
    static (EvalDataset? Data, LiveSummary? Live) LoadAndJoin(RunArguments args, EvalManifest manifest, LiveServices live, List<Diagnostic> diagnostics)
    {
        var judgedLive = LiveJudgingStep.Needed(manifest);
        var (input, importProblems) = DataLoader.Load(judgedLive ? LiveJudgingStep.WithoutRecordedLiveJudges(manifest) : manifest);
        diagnostics.AddRange(importProblems);
        if (diagnostics.Any(d => d.IsInputError))
        {
            return (null, null);
        }

        LiveSummary? liveSummary = null;
        if (judgedLive)
        {
            var offline = LiveJudgingStep.Offline(manifest, args.Offline, live.Environment);
            LiveJudgingOutcome judged;
            try
            {
                judged = LiveJudgingStep.Run(LiveJudgingStep.Request(manifest, input.Items, args.Out, offline, live.Environment), live.Progress, live.Cancellation);
            }
            catch (OperationCanceledException) when (live.Cancellation.IsCancellationRequested)
            {
                diagnostics.Add(CliDiagnostics.Cancelled.Create("The run was cancelled during live judging; the answers received so far are cached, so the next run continues from there.", null));
                return (null, null);
            }

            diagnostics.AddRange(judged.Diagnostics);
            input = LiveJudgingStep.WithLiveJudgments(input, judged.Judgments);
            liveSummary = LiveJudgingStep.Summary(judged, offline);
        }

        // The join runs on one core: collections in the background use the other one instead of stopping it.
        using var background = GcMode.Interactive();
        var (data, joinProblems) = DatasetBuilder.Build(input, releaseColumns: true);
        diagnostics.AddRange(joinProblems);
        return (data, liveSummary);
    }

    static (ModelCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) CatalogFor(EvalManifest manifest) =>
        ModelCatalog.BuiltIn.With(
            [.. manifest.Models.Select(m => new ModelOverride(m.Id, m.Provider, m.Family, m.FineTunedFrom, m.DistilledFrom, m.Aliases, m.At))],
            manifest.Aliases);

    static EvalResults? ReadBaseline(string? path, List<Diagnostic> diagnostics)
    {
        if (path is null)
        {
            return null;
        }

        // Asked for and absent (a typo, or a CI step that did not restore the previous run) is a skipped check, so it is said.
        if (!Path.Exists(path))
        {
            diagnostics.Add(CliDiagnostics.BadBaseline.Create($"The baseline '{path}' does not exist; the checks against a baseline (agreement drops, calibration identity) are skipped.", null));
            return null;
        }

        if (IO.InputFile.NotRegular(path) is { } what)
        {
            diagnostics.Add(CliDiagnostics.BadBaseline.Create($"The baseline '{path}' is {what}, not a results.json file; the checks against a baseline (agreement drops, calibration identity) are skipped.", null));
            return null;
        }

        try
        {
            return ResultsJson.Deserialize(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            diagnostics.Add(CliDiagnostics.BadBaseline.Create($"The baseline '{path}' could not be read ({e.Message}); the checks against a baseline (agreement drops, calibration identity) are skipped.", null));
            return null;
        }
    }
}
