using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Import;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Pipeline;

/// <summary>Reads every source the manifest declares through the importers and gathers it for the join.</summary>
public static class DataLoader
{
    /// <param name="manifest">The validated manifest.</param>
    /// <param name="liveJudgments">Judgments obtained live, by judge id, for judges without recorded data.</param>
    public static (DatasetInput Input, IReadOnlyList<Diagnostic> Diagnostics) Load(
        EvalManifest manifest, IReadOnlyDictionary<string, IReadOnlyList<Judgment>>? liveJudgments = null)
    {
        var diagnostics = new List<Diagnostic>();
        var kind = manifest.Task.Kind;
        var binary = manifest.Task.Scale.IsBinary;

        // Every source is read on its own (importers share nothing), so the files are imported on all cores; the
        // results and their diagnostics are then taken in the manifest's order, as one after the other would give them.
        List<(SourceSpec Source, DataRole Role)> reads =
        [
            .. manifest.Items.Select(s => (s, DataRole.Items)),
            .. manifest.HumanLabels.Select(s => (s, DataRole.HumanLabels)),
            .. manifest.Judges.Select(j => j.Judgments).OfType<SourceSpec>().Select(s => (s, DataRole.Judgments)),
        ];
        var ids = new IdTable();
        var results = new Queue<ImportResult>(Analysis.Concurrently.Map(reads, r => Read(r.Source with { Ids = ids }, r.Role, kind, binary)));
        ImportResult Next()
        {
            var result = results.Dequeue();
            diagnostics.AddRange(result.Diagnostics);
            return result;
        }

        var items = manifest.Items.SelectMany(_ => Next().Items).ToList();
        var labelSources = manifest.HumanLabels.Select(_ => Next()).ToList();
        // One source's labels are taken as read (by column), not copied into records.
        var labels = manifest.HumanLabels.Count == 0 ? null
            : labelSources.Count == 1 ? labelSources[0].Labels
            : labelSources.SelectMany(r => r.Labels).ToList();

        var judges = new List<JudgeInput>(manifest.Judges.Count);
        foreach (var judge in manifest.Judges)
        {
            var judgments = judge.Judgments is { } source
                ? Select(Next(), source)
                : liveJudgments?.GetValueOrDefault(judge.Id) ?? [];
            judges.Add(new JudgeInput(judge.Id, judgments, judge.Judgments?.DeclaredAt ?? judge.At));
        }

        var input = new DatasetInput
        {
            Scale = manifest.Task.Scale,
            Items = items,
            ItemsAt = manifest.ItemsAt,
            Labels = labels,
            LabelsAt = manifest.HumanLabelsAt,
            LabeledOn = manifest.LabeledOn,
            LabelShortfall = LabelShortfall.Of(labelSources),
            Judges = judges,
            Consensus = manifest.LabelConsensus,
            Rounding = manifest.LabelRounding,
        };
        return (input, diagnostics);
    }

    static ImportResult Read(SourceSpec source, DataRole role, TaskKind kind, bool binary) =>
        Importers.Import(binary ? source with { BinaryScale = true } : source, role, kind);

    /// <summary>The judge's own judgments: those under its `key`, or the file's only judge when it names none.</summary>
    static IReadOnlyList<Judgment> Select(ImportResult result, SourceSpec source)
    {
        var key = source.Option("key") ?? "";
        if (result.Judgments.TryGetValue(key, out var judgments))
        {
            return judgments;
        }

        return result.Judgments.Count == 1 && key.Length == 0 ? result.Judgments.Values.First() : [];
    }
}
