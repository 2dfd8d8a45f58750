using System.Text;
using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>The project's own line format: one JSON object per line, columns as in docs/manifest.md "Formats".</summary>
public sealed class JsonlImporter : ISourceImporter
{
    public SourceFormat Format { get; } = new("jsonl", SourceFormat.AnyRole, ["key"]);

    public ImportResult Import(SourceSpec source, DataRole role, TaskKind kind)
    {
        var context = new ImportContext(source, role, kind);
        var mapper = new TableMapper(context);
        var row = new TableRow();
        var needed = Columns.Needed(role);
        var unknown = new List<byte[]>();
        var ids = new IdCursor(context.Ids);
        var order = new PropertyOrder();
        var plain = PlainPath.For(context);
        using var lines = new ByteLineReader(source.Path);
        while (lines.TryReadLine(out var line))
        {
            if (RowLimits.Refused(lines, line, context, out var chars))
            {
                continue;
            }

            if (line.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            var at = new LineSpan(lines.LineNumber, lines.LineNumber, chars);
            if (plain is not null && plain.TryAdd(line, ids, at))
            {
                continue;
            }

            row.Clear();
            ids.StartRow();
            try
            {
                if (ReadRow(line, row, needed, unknown, context, at, order, ids))
                {
                    mapper.Add(row, at, ids.RowEntry);
                }
            }
            catch (JsonException e)
            {
                var column = (int)Math.Clamp(e.BytePositionInLine ?? 0, 0, line.Length);
                var where = Diagnostics.SourceLocation.At(source.Path, lines.LineNumber, Encoding.UTF8.GetCharCount(line[..column]) + 1);
                context.Report(ImportDiagnostics.MalformedJson, $"Line {lines.LineNumber} is not valid JSON: {JsonSource.Describe(e)}", where);
            }
        }

        mapper.Complete();
        return context.ToResult();
    }

    static bool ReadRow(ReadOnlySpan<byte> line, TableRow row, IReadOnlyList<bool> needed, List<byte[]> unknown, ImportContext context, LineSpan at, PropertyOrder order, IdCursor ids)
    {
        var reader = new Utf8JsonReader(line);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Report(ImportDiagnostics.WrongShape, $"Line {at.Line} is a JSON {reader.TokenType}, not an object; it is skipped.", context.Line(at));
            reader.Skip();
            while (reader.Read())
            {
                // Reading to the end still reports trailing garbage as malformed JSON.
            }

            return false;
        }

        for (var position = 0; reader.Read() && reader.TokenType == JsonTokenType.PropertyName; position++)
        {
            var column = order.Find(ref reader, position);
            if (column < 0)
            {
                NoteUnknown(ref reader, unknown, context, at);
            }

            reader.Read();
            if (column < 0)
            {
                reader.Skip();
            }
            else if (!needed[column])
            {
                reader.Skip();
            }
            else
            {
                row[(Column)column] = column == (int)Column.Id && reader.TokenType == JsonTokenType.String
                    ? Cell.Of(ids.Read(ref reader))
                    : Read(ref reader, (Column)column, context, at);
            }
        }

        while (reader.Read())
        {
            // Anything after the object makes the reader throw: a line holds exactly one object.
        }

        return true;
    }

    static Cell Read(ref Utf8JsonReader reader, Column column, ImportContext context, LineSpan at)
    {
        if (column == Column.Tags && reader.TokenType == JsonTokenType.StartArray)
        {
            return Cell.Of(JsonValues.Strings(ref reader));
        }

        if (column == Column.Raw)
        {
            return reader.TokenType == JsonTokenType.Null ? Cell.Null : Cell.Of(JsonValues.RawValue(ref reader));
        }

        if (Repeated(column) && reader.TokenType == JsonTokenType.String)
        {
            // An `id` string never comes here: ReadRow takes it through the file's cursor.
            return Cell.Of(context.Names.Intern(ref reader));
        }

        if (reader.TokenType == JsonTokenType.Number && !Columns.IsNumeric(column))
        {
            // A numeric id keeps its written digits (a double would round 20-digit ids); the mapper makes it the run's.
            return Cell.Of(JsonValues.Text(ref reader)!);
        }

        var cell = JsonValues.Scalar(ref reader);
        if (cell.Kind == CellKind.Structured)
        {
            context.Report(ImportDiagnostics.BadValue, $"`{Columns.Names[(int)column]}` holds an object or array; a single value belongs there. It is ignored.", context.Line(at));
            return default;
        }

        return cell;
    }

    /// <summary>Columns whose values repeat across rows or files (an item's id in every judge's file, a model in many items): one string each.</summary>
    static bool Repeated(Column column) => column is Column.Id or Column.QueryId or Column.Model or Column.ModelB or Column.Judge or Column.Annotator;

    /// <summary>Warns once per file for each unknown property name (the reader is on the name).</summary>
    static void NoteUnknown(ref Utf8JsonReader reader, List<byte[]> unknown, ImportContext context, LineSpan at)
    {
        foreach (var name in unknown)
        {
            if (reader.ValueTextEquals(name))
            {
                return;
            }
        }

        var text = reader.GetString()!;
        unknown.Add(Encoding.UTF8.GetBytes(text));
        context.IgnoreColumn(text, $"Property '{text}' is not a column of the jsonl format and is ignored.", context.Line(at));
    }
}
