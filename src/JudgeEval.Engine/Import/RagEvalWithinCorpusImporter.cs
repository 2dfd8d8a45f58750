using System.Globalization;
using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// RAG-Eval-LLM-Judge within-corpus files (results/within_corpus/judge_*.json), one judge per file:
/// `queries[]` with `query_id`, `query`, `tags` and `retrieved[]` of {rank, point_id, title, text_preview, judge_score}.
/// </summary>
public sealed class RagEvalWithinCorpusImporter : ISourceImporter
{
    public SourceFormat Format { get; } = new("rag-eval-within-corpus", [DataRole.Items, DataRole.Judgments], []);

    public ImportResult Import(SourceSpec source, DataRole role, TaskKind kind)
    {
        var context = new ImportContext(source, role, kind);
        if (!context.Fits(Format, TaskKind.Pointwise) || context.RejectKey(Format))
        {
            return context.ToResult();
        }

        if (JsonSource.Load(context) is not { } json)
        {
            return context.ToResult();
        }

        try
        {
            var reader = json.Reader();
            if (!Read(ref reader, json, context))
            {
                context.Report(ImportDiagnostics.WrongShape, "The file has no `queries` array.", context.FileStart);
            }
        }
        catch (JsonException e)
        {
            context.Report(ImportDiagnostics.MalformedJson, $"The file is not valid JSON: {JsonSource.Describe(e)}", json.At(e));
        }

        return context.ToResult();
    }

    /// <summary>False when the file has no `queries`.</summary>
    static bool Read(ref Utf8JsonReader reader, JsonSource json, ImportContext context)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Report(ImportDiagnostics.WrongShape, $"The file holds a JSON {reader.TokenType}; a rag-eval-within-corpus file is an object with `queries`.", json.At(reader));
            return true;
        }

        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isQueries = reader.ValueTextEquals("queries"u8);
            reader.Read();
            if (!isQueries)
            {
                reader.Skip();
                continue;
            }

            found = true;
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                context.Report(ImportDiagnostics.WrongShape, $"`queries` is a JSON {reader.TokenType}, not an array.", json.At(reader));
                reader.Skip();
                continue;
            }

            var index = 0;
            var docs = new List<Doc>(16);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                ReadQuery(ref reader, json, context, index++, docs);
            }
        }

        return found;
    }

    static void ReadQuery(ref Utf8JsonReader reader, JsonSource json, ImportContext context, int index, List<Doc> docs)
    {
        var at = json.At(reader);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Report(ImportDiagnostics.WrongShape, string.Create(CultureInfo.InvariantCulture, $"queries[{index}] is a JSON {reader.TokenType}, not an object."), at);
            reader.Skip();
            return;
        }

        string? queryId = null;
        string? query = null;
        IReadOnlyList<string> tags = [];
        docs.Clear();
        var items = context.Role == DataRole.Items;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("query_id"u8) ? 1 : reader.ValueTextEquals("query"u8) ? 2 : reader.ValueTextEquals("tags"u8) ? 3 : reader.ValueTextEquals("retrieved"u8) ? 4 : 0;
            reader.Read();
            switch (name)
            {
                case 1:
                    queryId = JsonValues.Text(ref reader);
                    break;
                case 2 when items:
                    query = JsonValues.Text(ref reader);
                    break;
                case 3 when items:
                    tags = JsonValues.Strings(ref reader);
                    break;
                case 4 when reader.TokenType == JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        docs.Add(ReadDoc(ref reader, json, context, items));
                    }

                    break;
                case 4:
                    context.Report(ImportDiagnostics.WrongShape, $"`retrieved` is a JSON {reader.TokenType}, not an array.", json.At(reader));
                    reader.Skip();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (queryId is null)
        {
            context.Report(ImportDiagnostics.MissingId, string.Create(CultureInfo.InvariantCulture, $"queries[{index}] has no `query_id`; its {docs.Count} documents are skipped."), at);
            return;
        }

        foreach (var doc in docs)
        {
            Add(doc, queryId, query, tags, json, context);
        }
    }

    static Doc ReadDoc(ref Utf8JsonReader reader, JsonSource json, ImportContext context, bool items)
    {
        var start = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Report(ImportDiagnostics.WrongShape, $"A `retrieved` entry is a JSON {reader.TokenType}, not an object.", json.At(reader));
            reader.Skip();
            return new Doc(null, default, null, null, default, start, reader.BytesConsumed - 1);
        }

        string? pointId = null;
        string? title = null;
        string? preview = null;
        var rank = default(Cell);
        var score = default(Cell);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("point_id"u8) ? 1 : reader.ValueTextEquals("rank"u8) ? 2 : reader.ValueTextEquals("judge_score"u8) ? 3
                : reader.ValueTextEquals("title"u8) ? 4 : reader.ValueTextEquals("text_preview"u8) ? 5 : 0;
            reader.Read();
            switch (name)
            {
                case 1:
                    pointId = JsonValues.Text(ref reader);
                    break;
                case 2:
                    rank = JsonValues.Scalar(ref reader);
                    break;
                case 3:
                    score = JsonValues.Scalar(ref reader);
                    break;
                case 4 when items:
                    title = JsonValues.Text(ref reader);
                    break;
                case 5 when items:
                    preview = JsonValues.Text(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new Doc(pointId, rank, title, preview, score, start, reader.BytesConsumed - 1);
    }

    static void Add(Doc doc, string queryId, string? query, IReadOnlyList<string> tags, JsonSource json, ImportContext context)
    {
        var at = json.Location(doc.Start, doc.End);
        if (doc.PointId is null)
        {
            context.Report(ImportDiagnostics.MissingId, $"A document retrieved for '{queryId}' has no `point_id`; it is skipped.", at);
            return;
        }

        var id = queryId + "/" + doc.PointId;
        if (context.Role == DataRole.Judgments)
        {
            context.AddJudgment("", new JsonScore(doc.Score, doc.Start, doc.End).ToJudgment(id, at, context));
            return;
        }

        int? rank = null;
        if (Values.TryWholeNumber(doc.Rank, out var r) && r >= 1)
        {
            rank = r;
        }
        else if (doc.Rank.Kind != CellKind.Absent)
        {
            context.Report(ImportDiagnostics.BadValue, $"`rank` of '{id}' is '{doc.Rank.Display}'; it must be a whole number from 1.", at);
        }

        var text = (doc.Title, doc.Preview) switch
        {
            (null, _) => doc.Preview,
            (_, null) => doc.Title,
            _ => doc.Title + "\n" + doc.Preview,
        };
        context.Items.Add(new EvalItem { Id = id, QueryId = queryId, Query = query, Text = text, Rank = rank, Tags = tags, Source = at });
    }

    readonly record struct Doc(string? PointId, Cell Rank, string? Title, string? Preview, Cell Score, long Start, long End);
}
