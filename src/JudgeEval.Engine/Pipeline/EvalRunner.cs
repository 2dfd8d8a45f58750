using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting;
using JudgeEval.Engine.Reporting.Results;

namespace JudgeEval.Engine.Pipeline;

/// <summary>One `judgeeval run`: manifest, data, statistics, rules, results. Pure of output writing, so tests can call it.</summary>
public static class EvalRunner
{
    public static RunOutcome Run(RunArguments args, DateOnly today)
    {
        var diagnostics = new List<Diagnostic>();
        var manifestPath = Path.GetFullPath(args.Manifest);
        if (!File.Exists(manifestPath))
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
            return new RunOutcome(diagnostics, null, inputs);
        }

        var (input, importProblems) = DataLoader.Load(manifest);
        diagnostics.AddRange(importProblems);
        if (diagnostics.Any(d => d.IsInputError))
        {
            return new RunOutcome(diagnostics, null, inputs);
        }

        var (data, joinProblems) = DatasetBuilder.Build(input);
        diagnostics.AddRange(joinProblems);
        if (data is null)
        {
            return new RunOutcome(diagnostics, null, inputs);
        }

        var context = Analyzer.Analyze(manifest, data, catalog, baseline, today);
        diagnostics.AddRange(IndependenceRules.Check(context));
        diagnostics.AddRange(CalibrationRules.Check(context));
        diagnostics.AddRange(PanelRules.Check(context));
        diagnostics.AddRange(ProductScoreRules.Check(context));

        var results = ResultsAssembler.Assemble(args.Manifest, context, catalog, diagnostics, args.HelpBase);
        return new RunOutcome(diagnostics, results, inputs) { Baseline = baseline };
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

        try
        {
            return File.Exists(path) ? ResultsJson.Deserialize(File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            diagnostics.Add(CliDiagnostics.BadBaseline.Create($"The baseline '{path}' could not be read ({e.Message}); the agreement-drop check is skipped.", null));
            return null;
        }
    }
}
