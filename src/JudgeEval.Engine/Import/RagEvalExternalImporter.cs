using System.Globalization;
using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// RAG-Eval-LLM-Judge external benchmark files (e.g. results/trec-rag-2024_judges.json): parallel arrays
/// `pair_index` [[qid, docid]], `human_scores` and `per_judge_scores` {judge label: [grade or null]}. The study's
/// repeated-run file (results/intra_judge_consistency.json) has `per_judge` {judge label: {runs: [[grade or null]]}}
/// instead: run r becomes sample r.
/// </summary>
public sealed class RagEvalExternalImporter : ISourceImporter
{
    public SourceFormat Format { get; } = new("rag-eval-external", SourceFormat.AnyRole, ["key"]) { RequiredForJudgments = ["key"] };

    public ImportResult Import(SourceSpec source, DataRole role, TaskKind kind)
    {
        var context = new ImportContext(source, role, kind);
        if (!context.Fits(Format, TaskKind.Pointwise))
        {
            return context.ToResult();
        }

        if (JsonSource.Load(context) is not { } json)
        {
            return context.ToResult();
        }

        var file = new Parsed();
        try
        {
            var reader = json.Reader();
            if (!Read(ref reader, json, context, file))
            {
                return context.ToResult();
            }
        }
        catch (JsonException e)
        {
            context.Report(ImportDiagnostics.MalformedJson, $"The file is not valid JSON: {JsonSource.Describe(e)}", json.At(e));
            return context.ToResult();
        }

        Assemble(json, context, file);
        return context.ToResult();
    }

    /// <summary>False when the file is not an object at all (already reported).</summary>
    static bool Read(ref Utf8JsonReader reader, JsonSource json, ImportContext context, Parsed file)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Report(ImportDiagnostics.WrongShape, $"The file holds a JSON {reader.TokenType}; a rag-eval-external file is an object with pair_index, human_scores and per_judge_scores.", json.At(reader));
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("pair_index"u8) ? 1 : reader.ValueTextEquals("human_scores"u8) ? 2
                : reader.ValueTextEquals("per_judge_scores"u8) ? 3 : reader.ValueTextEquals("per_judge"u8) ? 4 : 0;
            reader.Read();
            var at = json.At(reader);
            switch (name)
            {
                case 1 when Expect(ref reader, JsonTokenType.StartArray, "pair_index", json, context):
                    file.PairsAt = at;
                    ReadPairs(ref reader, json, context, file.Pairs);
                    break;
                case 2 when context.Role == DataRole.HumanLabels && Expect(ref reader, JsonTokenType.StartArray, "human_scores", json, context):
                    file.HumanAt = at;
                    file.Human = ReadScores(ref reader);
                    break;
                case 3 when context.Role == DataRole.Judgments && Expect(ref reader, JsonTokenType.StartObject, "per_judge_scores", json, context):
                    file.JudgesAt = at;
                    ReadJudges(ref reader, json, context, file);
                    break;
                case 4 when context.Role == DataRole.Judgments && Expect(ref reader, JsonTokenType.StartObject, "per_judge", json, context):
                    file.JudgesAt = at;
                    ReadRuns(ref reader, json, context, file);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return true;
    }

    static bool Expect(ref Utf8JsonReader reader, JsonTokenType type, string name, JsonSource json, ImportContext context)
    {
        if (reader.TokenType == type)
        {
            return true;
        }

        var what = type == JsonTokenType.StartArray ? "an array" : "an object";
        context.Report(ImportDiagnostics.WrongShape, $"`{name}` is a JSON {reader.TokenType}, not {what}.", json.At(reader));
        reader.Skip();
        return false;
    }

    static void ReadPairs(ref Utf8JsonReader reader, JsonSource json, ImportContext context, List<Pair> pairs)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            var probe = reader;
            reader.Skip();
            var end = reader.BytesConsumed - 1;
            string? qid = null;
            string? docid = null;
            if (probe.TokenType == JsonTokenType.StartArray && probe.Read() && probe.TokenType != JsonTokenType.EndArray)
            {
                qid = JsonValues.Text(ref probe);
                if (probe.Read() && probe.TokenType != JsonTokenType.EndArray)
                {
                    docid = JsonValues.Text(ref probe);
                    probe.Read();
                }
            }

            if (qid is null || docid is null || probe.TokenType != JsonTokenType.EndArray)
            {
                context.Report(ImportDiagnostics.WrongShape, string.Create(CultureInfo.InvariantCulture, $"pair_index[{pairs.Count}] is not [query id, doc id]."), json.Location(start, end));
                qid = null;
            }

            pairs.Add(new Pair(qid, qid is null ? "" : $"{qid}/{docid}", start, end));
        }
    }

    static List<JsonScore> ReadScores(ref Utf8JsonReader reader)
    {
        var scores = new List<JsonScore>(1024);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            var value = JsonValues.Scalar(ref reader);
            scores.Add(new JsonScore(value, start, reader.BytesConsumed - 1));
        }

        return scores;
    }

    static void ReadJudges(ref Utf8JsonReader reader, JsonSource json, ImportContext context, Parsed file)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var label = reader.GetString()!;
            file.Keys.Add(label);
            reader.Read();
            if (!context.WantsKey(label))
            {
                reader.Skip();
                continue;
            }

            if (Expect(ref reader, JsonTokenType.StartArray, $"per_judge_scores[\"{label}\"]", json, context))
            {
                file.Judges.Add((label, 0, $"per_judge_scores[\"{label}\"]", json.At(reader), ReadScores(ref reader)));
            }
        }
    }

    /// <summary>`per_judge`: {label: {runs: [[grade or null] per run], ...}}; the other members (the study's own figures) are not read.</summary>
    static void ReadRuns(ref Utf8JsonReader reader, JsonSource json, ImportContext context, Parsed file)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var label = reader.GetString()!;
            file.Keys.Add(label);
            reader.Read();
            if (!context.WantsKey(label) || !Expect(ref reader, JsonTokenType.StartObject, $"per_judge[\"{label}\"]", json, context))
            {
                reader.Skip();
                continue;
            }

            var found = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isRuns = reader.ValueTextEquals("runs"u8);
                reader.Read();
                if (!isRuns || !Expect(ref reader, JsonTokenType.StartArray, $"per_judge[\"{label}\"].runs", json, context))
                {
                    reader.Skip();
                    continue;
                }

                found = true;
                var run = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (run > Judgment.MaxSample)
                    {
                        context.Report(ImportDiagnostics.WrongShape, string.Create(CultureInfo.InvariantCulture, $"per_judge[\"{label}\"].runs has more than {Judgment.MaxSample + 1} runs; the rest are not read."), json.At(reader));
                        reader.Skip();
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            reader.Skip();
                        }

                        break;
                    }

                    var name = string.Create(CultureInfo.InvariantCulture, $"per_judge[\"{label}\"].runs[{run}]");
                    if (Expect(ref reader, JsonTokenType.StartArray, name, json, context))
                    {
                        file.Judges.Add((label, run, name, json.At(reader), ReadScores(ref reader)));
                    }

                    run++;
                }
            }

            if (!found)
            {
                context.Report(ImportDiagnostics.WrongShape, $"per_judge[\"{label}\"] has no `runs`.", file.JudgesAt!);
            }
        }
    }

    static void Assemble(JsonSource json, ImportContext context, Parsed file)
    {
        if (file.PairsAt is null)
        {
            context.Report(ImportDiagnostics.WrongShape, "The file has no `pair_index`, so its scores cannot be tied to items.", context.FileStart);
            return;
        }

        var pairs = file.Pairs;
        switch (context.Role)
        {
            case DataRole.Items:
                foreach (var p in pairs)
                {
                    if (p.QueryId is not null)
                    {
                        context.Items.Add(new EvalItem { Id = p.Id, QueryId = p.QueryId, Source = json.Location(p.Start, p.End) });
                    }
                }

                break;

            case DataRole.HumanLabels:
                if (file.Human is null)
                {
                    context.Report(ImportDiagnostics.WrongShape, "The file has no `human_scores`.", context.FileStart);
                    return;
                }

                CheckLength("human_scores", file.Human.Count, pairs.Count, file.HumanAt!, context);
                for (var i = 0; i < Math.Min(pairs.Count, file.Human.Count); i++)
                {
                    AddLabel(pairs[i], file.Human[i], json, context);
                }

                break;

            default:
                AssembleJudgments(json, context, file);
                break;
        }
    }

    static void AssembleJudgments(JsonSource json, ImportContext context, Parsed file)
    {
        if (file.JudgesAt is null)
        {
            context.Report(ImportDiagnostics.WrongShape, "The file has no `per_judge_scores` (nor the repeated runs' `per_judge`).", context.FileStart);
            return;
        }

        if (context.Key is { } key && !file.Keys.Contains(key))
        {
            context.Report(ImportDiagnostics.KeyNotFound, $"No judge '{key}' in the file; it has: {string.Join(", ", file.Keys.Select(k => $"\"{k}\""))}.", context.Source.OptionAt("key"));
            return;
        }

        var pairs = file.Pairs;
        foreach (var (label, sample, name, at, scores) in file.Judges)
        {
            CheckLength(name, scores.Count, pairs.Count, at, context);
            var list = context.JudgmentsOf(label);
            for (var i = 0; i < Math.Min(pairs.Count, scores.Count); i++)
            {
                if (pairs[i].QueryId is not null)
                {
                    list.Add(scores[i].ToJudgment(pairs[i].Id, json.Location(scores[i].Start, scores[i].End), context) with { Sample = sample });
                }
            }
        }
    }

    static void AddLabel(Pair pair, JsonScore human, JsonSource json, ImportContext context)
    {
        if (pair.QueryId is null || human.Value.Kind == CellKind.Null)
        {
            return;
        }

        var at = json.Location(human.Start, human.End);
        if (!Values.TryNumber(human.Value, out var score))
        {
            context.Report(ImportDiagnostics.BadValue, $"The human score of '{pair.Id}' is '{human.Value.Display}', not a number.", at);
            return;
        }

        context.Labels.Add(new HumanLabel { ItemId = pair.Id, Score = score, Source = at });
    }

    static void CheckLength(string name, int count, int expected, Diagnostics.SourceLocation at, ImportContext context)
    {
        if (count != expected)
        {
            context.Report(ImportDiagnostics.WrongShape, string.Create(CultureInfo.InvariantCulture, $"`{name}` has {count} entries but pair_index has {expected}; only the first {Math.Min(count, expected)} are used."), at);
        }
    }

    /// <summary>QueryId is null when the entry was malformed (already reported).</summary>
    readonly record struct Pair(string? QueryId, string Id, long Start, long End);

    sealed class Parsed
    {
        public List<Pair> Pairs { get; } = new(1024);

        public Diagnostics.SourceLocation? PairsAt { get; set; }

        public List<JsonScore>? Human { get; set; }

        public Diagnostics.SourceLocation? HumanAt { get; set; }

        public Diagnostics.SourceLocation? JudgesAt { get; set; }

        public List<string> Keys { get; } = [];

        /// <summary>One entry per judge and sample (run): per_judge_scores gives sample 0 only.</summary>
        public List<(string Label, int Sample, string Name, Diagnostics.SourceLocation At, List<JsonScore> Scores)> Judges { get; } = [];
    }
}
