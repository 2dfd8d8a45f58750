using System.Globalization;
using System.Text.Json;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>
/// LLMBar files (princeton-nlp/LLMBar): `dataset.json` or an evaluator's `result.json`, a list of
/// {input, output_1, output_2, label, results}. Items are `subset/index`; the judge's verdicts are the LAST
/// element of `results`, both presentation orders ("swap = True" already in the original numbering).
/// </summary>
public sealed class LlmBarImporter : ISourceImporter
{
    public SourceFormat Format { get; } = new("llmbar", SourceFormat.AnyRole, ["modelIds", "subset"]) { FileOptions = ["modelIds"] };

    public ImportResult Import(SourceSpec source, DataRole role, TaskKind kind)
    {
        var context = new ImportContext(source, role, kind);
        if (!context.Fits(Format, TaskKind.Pairwise) || context.RejectKey(Format))
        {
            return context.ToResult();
        }

        var subset = source.Option("subset") ?? InferSubset(source.Path);
        if (JsonSource.Load(context) is not { } json)
        {
            return context.ToResult();
        }

        var entries = new List<Entry>(256);
        try
        {
            var reader = json.Reader();
            Read(ref reader, json, context, entries);
        }
        catch (JsonException e)
        {
            context.Report(ImportDiagnostics.MalformedJson, $"The file is not valid JSON: {JsonSource.Describe(e)}", json.At(e));
            return context.ToResult();
        }

        switch (role)
        {
            case DataRole.Items:
                AddItems(entries, subset, json, context);
                break;
            case DataRole.HumanLabels:
                AddLabels(entries, subset, json, context);
                break;
            default:
                AddJudgments(entries, subset, json, context);
                break;
        }

        return context.ToResult();
    }

    /// <summary>The folder above `evaluators/` for result.json, else the file's folder (…/Processed/MT-Bench/dataset.json → MT-Bench).</summary>
    public static string InferSubset(string path)
    {
        var parts = path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        var evaluators = Array.LastIndexOf(parts, "evaluators");
        return evaluators > 0 ? parts[evaluators - 1] : parts.Length >= 2 ? parts[^2] : "";
    }

    static void Read(ref Utf8JsonReader reader, JsonSource json, ImportContext context, List<Entry> entries)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            context.Report(ImportDiagnostics.WrongShape, $"The file holds a JSON {reader.TokenType}; an llmbar file is an array of {{input, output_1, output_2, label}} objects.", json.At(reader));
            reader.Skip();
            return;
        }

        var wantsText = context.Role == DataRole.Items;
        var wantsResults = context.Role == DataRole.Judgments;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                context.Report(ImportDiagnostics.WrongShape, string.Create(CultureInfo.InvariantCulture, $"Element {entries.Count} is a JSON {reader.TokenType}, not an object."), json.At(reader));
                reader.Skip();
                entries.Add(new Entry { Start = start, End = reader.BytesConsumed - 1, Malformed = true });
                continue;
            }

            var entry = new Entry { Start = start };
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueTextEquals("input"u8) ? 1 : reader.ValueTextEquals("output_1"u8) ? 2 : reader.ValueTextEquals("output_2"u8) ? 3
                    : reader.ValueTextEquals("label"u8) ? 4 : reader.ValueTextEquals("results"u8) ? 5 : 0;
                reader.Read();
                switch (name)
                {
                    case 1 when wantsText:
                        entry.Input = JsonValues.Text(ref reader);
                        break;
                    case 2 when wantsText:
                        entry.Output1 = JsonValues.Text(ref reader);
                        break;
                    case 3 when wantsText:
                        entry.Output2 = JsonValues.Text(ref reader);
                        break;
                    case 4:
                        entry.Label = JsonValues.Scalar(ref reader);
                        break;
                    case 5 when wantsResults:
                        ReadResults(ref reader, entry);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            entry.End = reader.BytesConsumed - 1;
            entries.Add(entry);
        }
    }

    /// <summary>Keeps the last element of `results` (earlier ones are superseded runs).</summary>
    static void ReadResults(ref Utf8JsonReader reader, Entry entry)
    {
        entry.HasResults = true;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            entry.Original = default;
            entry.Swapped = default;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var order = reader.ValueTextEquals("swap = False"u8) ? 1 : reader.ValueTextEquals("swap = True"u8) ? 2 : 0;
                reader.Read();
                if (order == 0 || reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                var verdict = ReadVerdict(ref reader);
                if (order == 1)
                {
                    entry.Original = verdict;
                }
                else
                {
                    entry.Swapped = verdict;
                }
            }
        }
    }

    static Verdict ReadVerdict(ref Utf8JsonReader reader)
    {
        var winner = default(Cell);
        string? completion = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("winner"u8) ? 1 : reader.ValueTextEquals("completion"u8) ? 2 : 0;
            reader.Read();
            switch (name)
            {
                case 1:
                    winner = JsonValues.Scalar(ref reader);
                    break;
                case 2 when reader.TokenType != JsonTokenType.Null:
                    // LLMBar stores [text, finish reason]; the raw JSON keeps both for review.
                    completion = JsonValues.RawValue(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new Verdict(winner, completion, Present: true);
    }

    static void AddItems(List<Entry> entries, string subset, JsonSource json, ImportContext context)
    {
        var models = context.Source.Option("modelIds") is { } option ? ModelIdsTable.Read(option, subset, context) : null;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Malformed)
            {
                continue;
            }

            ModelIdsTable.Row? row = models is not null && models.Rows.TryGetValue(i, out var r) ? r : null;
            context.Items.Add(new EvalItem
            {
                Id = Id(subset, i),
                Query = e.Input,
                Text = e.Output1,
                TextB = e.Output2,
                Model = row?.Model1,
                ModelB = row?.Model2,
                Source = json.Location(e.Start, e.End),
            });
        }

        if (models is not null)
        {
            CheckModelIds(models, entries, subset, context);
        }
    }

    static void CheckModelIds(ModelIdsTable models, List<Entry> entries, string subset, ImportContext context)
    {
        foreach (var (index, row) in models.Rows.OrderBy(p => p.Key))
        {
            if (index >= entries.Count)
            {
                context.Report(ImportDiagnostics.ModelIdsMismatch, string.Create(CultureInfo.InvariantCulture, $"modelIds names {subset} index {index}, but the file has {entries.Count} items."), row.At);
            }
            else if (row.Label is { } label && Values.TryWholeNumber(entries[index].Label, out var itemLabel) && label != itemLabel)
            {
                context.Report(ImportDiagnostics.ModelIdsMismatch, string.Create(CultureInfo.InvariantCulture, $"modelIds row for {subset} index {index} has label {label}, the item has {itemLabel}: the files are probably of different versions."), row.At);
            }
        }

        var unmatched = Enumerable.Range(0, entries.Count).Count(i => !models.Rows.ContainsKey(i));
        if (unmatched > 0)
        {
            context.Report(ImportDiagnostics.ModelIdsMismatch, string.Create(CultureInfo.InvariantCulture, $"{unmatched} of {entries.Count} items have no row for subset '{subset}' in the modelIds file; their models stay unknown."), context.Source.OptionAt("modelIds"));
        }
    }

    static void AddLabels(List<Entry> entries, string subset, JsonSource json, ImportContext context)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Malformed)
            {
                continue;
            }

            var at = json.Location(e.Start, e.End);
            if (e.Label.IsBlank)
            {
                context.Report(ImportDiagnostics.MissingLabel, string.Create(CultureInfo.InvariantCulture, $"Element {i} has no `label`."), at);
            }
            else if (Values.TryWholeNumber(e.Label, out var label) && label is 1 or 2)
            {
                context.Labels.Add(new HumanLabel { ItemId = Id(subset, i), Score = label == 1 ? Preference.First : Preference.Second, Source = at });
            }
            else
            {
                context.Report(ImportDiagnostics.BadValue, $"`label` of element {i} is '{e.Label.Display}'; it must be 1 or 2.", at);
            }
        }
    }

    static void AddJudgments(List<Entry> entries, string subset, JsonSource json, ImportContext context)
    {
        if (entries.Count > 0 && !entries.Exists(e => e.HasResults))
        {
            context.Report(ImportDiagnostics.RoleNotProvided, "No element has `results`: this is a dataset file, not an evaluator's result.json.", context.Source.DeclaredAt);
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Malformed)
            {
                continue;
            }

            var id = Id(subset, i);
            var at = json.Location(e.Start, e.End);
            context.AddJudgment("", PairwiseMerger.Merge(ToJudgment(id, at, e.Original), ToJudgment(id, at, e.Swapped)));
        }
    }

    static Judgment ToJudgment(string id, SourceLocation at, Verdict verdict)
    {
        var judgment = new Judgment { ItemId = id, RawText = verdict.Completion, Source = at };
        if (!verdict.Present)
        {
            return judgment with { MissingReason = "no verdict" };
        }

        if (verdict.Winner.IsBlank)
        {
            return judgment with { MissingReason = "no winner" };
        }

        return Values.TryWholeNumber(verdict.Winner, out var w) && w is 1 or 2
            ? judgment with { Score = w == 1 ? Preference.First : Preference.Second }
            : judgment with { MissingReason = "invalid winner" };
    }

    static string Id(string subset, int index) => string.Create(CultureInfo.InvariantCulture, $"{subset}/{index}");

    readonly record struct Verdict(Cell Winner, string? Completion, bool Present);

    sealed class Entry
    {
        public long Start { get; init; }

        public long End { get; set; }

        public bool Malformed { get; init; }

        public string? Input { get; set; }

        public string? Output1 { get; set; }

        public string? Output2 { get; set; }

        public Cell Label { get; set; }

        public bool HasResults { get; set; }

        public Verdict Original { get; set; }

        public Verdict Swapped { get; set; }
    }
}
