using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// The common row of a judgments or labels file: a string id and a numeric score (or label), for judgments a string
/// judge key too, plus any columns the role does not read, which are skipped as the general path skips them. It goes
/// straight into the columns: no cells, no row, no mapping. Any other row (another column, a value that is null or
/// text, an escaped name, a line that is not one object) is left to the general path, which reads it again from the
/// start, so every row is stored and every problem reported exactly as before. A file whose rows are mostly not plain
/// stops trying after a few hundred rows, so that it does not pay for two reads of most rows.
/// </summary>
sealed class PlainRow
{
    readonly ImportContext context;
    readonly Column value;
    readonly IReadOnlyList<bool> needed;
    readonly PropertyOrder order = new();
    readonly byte[] valueName;
    int tried;
    int declined;

    PlainRow(ImportContext context, Column value)
    {
        this.context = context;
        this.value = value;
        needed = Columns.Needed(context.Role);
        valueName = Columns.Utf8Names[(int)value];
    }

    /// <summary>
    /// The plain path for this import, or null: pointwise judgments or labels, graded as plain numbers and read from
    /// their own column.
    /// </summary>
    public static PlainRow? For(ImportContext context)
    {
        var plainNumbers = context.Kind == TaskKind.Pointwise && !context.Source.BinaryScale && context.Source.Option("column") is null;
        return !plainNumbers ? null
            : context.Role == DataRole.Judgments ? new PlainRow(context, Column.Score)
            : context.Role == DataRole.HumanLabels ? new PlainRow(context, Column.Label)
            : null;
    }

    /// <summary>Reads a plain row and stores it (or drops it, as the general path does, when its key is not wanted); false for any other row.</summary>
    public bool TryAdd(ReadOnlySpan<byte> line, IdCursor ids, LineSpan at)
    {
        if (tried >= 256 && declined * 4 > tried)
        {
            return false;
        }

        tried++;
        double number;
        string key;
        try
        {
            if (!TryRead(line, ids, out number, out key))
            {
                declined++;
                return false;
            }
        }
        catch (JsonException)
        {
            declined++;
            return false;
        }

        if (value == Column.Score)
        {
            if (context.WantsKey(key))
            {
                context.AddJudgment(key, ids.RowEntry, number, 0, null, null, at);
            }
        }
        else
        {
            context.Labels.Add(context.Ids[ids.RowEntry], number, null, null, at.Line, at.EndLine, at.EndColumn);
        }

        return true;
    }

    bool TryRead(ReadOnlySpan<byte> line, IdCursor ids, out double number, out string key)
    {
        number = 0;
        key = string.Empty;
        var (hasId, hasValue) = (false, false);
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        for (var position = 0; reader.Read() && reader.TokenType == JsonTokenType.PropertyName; position++)
        {
            // The two columns of every plain row by a direct comparison; any other through the file's order.
            var name = reader.ValueSpan;
            var column = reader.ValueIsEscaped ? -1
                : name.SequenceEqual("id"u8) ? (int)Column.Id
                : name.SequenceEqual(valueName) ? (int)value
                : order.Find(ref reader, position);
            if (column < 0)
            {
                return false;
            }

            reader.Read();
            if (column == (int)Column.Id && reader.TokenType == JsonTokenType.String)
            {
                ids.Read(ref reader);
                hasId = true;
            }
            else if (column == (int)value && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out number))
            {
                hasValue = true;
            }
            else if (column == (int)Column.Judge && value == Column.Score && reader.TokenType == JsonTokenType.String)
            {
                // As the general path reads it: an empty key is no key.
                key = context.Names.Intern(ref reader);
            }
            else if (!needed[column])
            {
                reader.Skip();
            }
            else
            {
                return false;
            }
        }

        // A line holds exactly one object: anything after it is the general path's to report.
        return hasId && hasValue && reader.TokenType == JsonTokenType.EndObject && !reader.Read();
    }
}
