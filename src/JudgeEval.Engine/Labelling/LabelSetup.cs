using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Import;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Pipeline;

namespace JudgeEval.Engine.Labelling;

/// <summary>
/// Prepares `judgeeval label`: the manifest, the data and every existing label go through the same loader, importers
/// and join as `judgeeval run`, so a session never starts on input the next build would reject. Fails closed: any
/// input error means no workspace.
/// </summary>
public static class LabelSetup
{
    public static (LabelWorkspace? Workspace, IReadOnlyList<Diagnostic> Diagnostics) Prepare(LabelArguments args)
    {
        var diagnostics = new List<Diagnostic>();
        var manifestPath = Path.GetFullPath(args.Manifest);
        if (!File.Exists(manifestPath))
        {
            diagnostics.Add(CliDiagnostics.ManifestNotFound.Create($"Manifest '{args.Manifest}' does not exist.", null));
            return (null, diagnostics);
        }

        var loaded = ManifestLoader.Load(manifestPath);
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.Manifest is not { } manifest)
        {
            return (null, diagnostics);
        }

        var target = LabelTarget.Resolve(manifest, args.Labels, args.Annotator);
        // Checked before anything is read, created only once everything else is usable: a refused session leaves no file.
        if ((target.Problem ?? LabelStore.Prepare(target.Path, create: false)) is { } problem)
        {
            diagnostics.Add(LabelDiagnostics.LabelsFileUnusable.Create(problem, target.DeclaredAt));
            return (null, diagnostics);
        }

        var data = LoadData(manifest, target, diagnostics);
        if (data is null)
        {
            return (null, diagnostics);
        }

        if (!target.InManifest)
        {
            diagnostics.Add(LabelDiagnostics.LabelsNotInManifest.Create(
                $"Labels go to '{target.Path}', which the manifest's humanLabels does not read; add `{{ path: {Path.GetRelativePath(manifest.Directory, target.Path)}, format: jsonl }}` to humanLabels so the next build uses them.",
                manifest.HumanLabelsAt ?? manifest.At));
        }

        var (dataset, elsewhere) = data.Value;
        var count = args.Count ?? DefaultCount(manifest, args.Take, dataset);
        if (Unrankable(args.Take, dataset) is { } why)
        {
            diagnostics.Add(LabelDiagnostics.NothingToRankBy.Create(why, manifest.Judges.Count > 0 ? manifest.Judges[0].At : manifest.At));
            return (null, diagnostics);
        }

        if (LabelStore.Prepare(target.Path, create: true) is { } createProblem)
        {
            diagnostics.Add(LabelDiagnostics.LabelsFileUnusable.Create(createProblem, target.DeclaredAt));
            return (null, diagnostics);
        }

        var workspace = new LabelWorkspace
        {
            Manifest = manifest,
            Data = dataset,
            Selection = ItemSelection.Select(dataset, args.Take, count, args.Seed),
            Take = args.Take,
            Rubric = LabelRubrics.For(manifest),
            Store = new LabelStore(target.Path),
            LabelsInManifest = target.InManifest,
            Annotator = args.Annotator,
            Seed = args.Seed,
            LabelledElsewhere = elsewhere,
            ItemIds = dataset.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal),
        };
        workspace.Store.Refresh();
        return (workspace, diagnostics);
    }

    /// <summary>
    /// The items with the recorded judges' verdicts, joined with every label (the manifest's and the labels file's) so
    /// that out-of-scale or duplicate labels stop the session as they would stop the build. An empty labels file is
    /// not an error here: it is what labelling fills.
    /// </summary>
    static (EvalDataset Data, LabelledBy Elsewhere)? LoadData(EvalManifest manifest, LabelTarget target, List<Diagnostic> diagnostics)
    {
        var others = manifest.HumanLabels.Where(s => !LabelTarget.SamePath(s.Path, target.Path)).ToList();
        var recorded = manifest with { HumanLabels = others, Judges = [.. manifest.Judges.Where(j => j.Judgments is not null)] };
        var (input, importProblems) = DataLoader.Load(recorded);
        diagnostics.AddRange(importProblems);
        var fromTarget = File.Exists(target.Path) ? Importers.Import(target.Source(manifest.Directory), DataRole.HumanLabels, manifest.Task.Kind) : new ImportResult();
        diagnostics.AddRange(fromTarget.Diagnostics);
        if (diagnostics.Any(d => d.IsInputError))
        {
            return null;
        }

        var labels = (input.Labels ?? []).Concat(fromTarget.Labels).ToList();
        var withLabels = input with { Labels = labels.Count == 0 ? null : labels, LabelsAt = manifest.HumanLabelsAt ?? target.DeclaredAt };
        var (dataset, joinProblems) = DatasetBuilder.Build(withLabels);
        if (dataset is null && joinProblems.All(d => d.Code == DataDiagnostics.NoLabels.Code || d.Severity != Severity.Error))
        {
            (dataset, joinProblems) = DatasetBuilder.Build(input with { Labels = null });
        }

        diagnostics.AddRange(joinProblems.Where(d => d.Code != DataDiagnostics.NoLabels.Code));
        if (dataset is null)
        {
            return null;
        }

        var ids = dataset.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var elsewhere = new LabelledBy();
        foreach (var label in (input.Labels ?? []).Where(l => ids.Contains(l.ItemId)))
        {
            elsewhere.Add(label.ItemId, label.Annotator);
        }

        return (dataset, elsewhere);
    }

    /// <summary>Review: the items the build asked about (review.top); otherwise as many as the calibration wants.</summary>
    static int DefaultCount(EvalManifest manifest, TakeMode take, EvalDataset data) =>
        Math.Max(1, take == TakeMode.Review
            ? manifest.Review.Top
            : manifest.Thresholds.Value(ThresholdTable.MinCalibrationItems) is var wanted and > 0 ? (int)Math.Min(wanted, data.Items.Count) : data.Items.Count);

    static string? Unrankable(TakeMode take, EvalDataset data) => take switch
    {
        TakeMode.Review when ItemSelection.Select(data, TakeMode.Review, 1, 0).Count == 0 =>
            $"--take review asks about the items the judges disagree on, and no item has two or more recorded verdicts that differ ({data.Judges.Count} judges with recorded judgments).",
        TakeMode.Stratified when !ItemSelection.HasVerdicts(data) =>
            "--take stratified draws across the judges' verdicts, and no judge has a recorded verdict for any item.",
        _ => null,
    };
}
