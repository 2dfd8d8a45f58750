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

        var items = manifest.Items.SelectMany(s => Read(s, DataRole.Items, kind, binary, diagnostics).Items).ToList();
        var labelSources = manifest.HumanLabels.Select(s => Read(s, DataRole.HumanLabels, kind, binary, diagnostics)).ToList();
        var labels = manifest.HumanLabels.Count == 0 ? null : labelSources.SelectMany(r => r.Labels).ToList();

        var judges = new List<JudgeInput>(manifest.Judges.Count);
        foreach (var judge in manifest.Judges)
        {
            var judgments = judge.Judgments is { } source
                ? Select(Read(source, DataRole.Judgments, kind, binary, diagnostics), source)
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

    static ImportResult Read(SourceSpec source, DataRole role, TaskKind kind, bool binary, List<Diagnostic> diagnostics)
    {
        var result = Importers.Import(binary ? source with { BinaryScale = true } : source, role, kind);
        diagnostics.AddRange(result.Diagnostics);
        return result;
    }

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
