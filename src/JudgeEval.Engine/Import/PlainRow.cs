using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// The common row of a judgments or labels file: a string id and a numeric or null score (or label), for judgments a
/// string judge key and a missing verdict's reason too, plus any columns the role does not read, which are skipped as
/// the general path skips them.
/// </summary>
sealed class PlainRow : PlainPath
{
    readonly ImportContext context;
    readonly Column value;
    readonly IReadOnlyList<bool> needed;
    readonly PropertyOrder order = new();
    readonly byte[] valueName;

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
    public static PlainRow? ForGrades(ImportContext context)
    {
        var plainNumbers = context.Kind == TaskKind.Pointwise && !context.Source.BinaryScale && context.Source.Option("column") is null;
        return !plainNumbers ? null
            : context.Role == DataRole.Judgments ? new PlainRow(context, Column.Score)
            : context.Role == DataRole.HumanLabels ? new PlainRow(context, Column.Label)
            : null;
    }

    protected override bool TryStore(ReadOnlySpan<byte> line, IdCursor ids, LineSpan at)
    {
        if (!TryRead(line, ids, out var number, out var key, out var reason))
        {
            return false;
        }

        if (value == Column.Score)
        {
            if (context.WantsKey(key))
            {
                // A null score is a missing verdict: its reason, or the general path's words for a null.
                var missing = number is null ? Values.Text(reason) ?? Values.BlankReason(Cell.Null) : null;
                context.AddJudgment(key, ids.RowEntry, number, 0, missing, null, at);
            }
        }
        else if (number is { } label)
        {
            context.Labels.Add(context.Ids[ids.RowEntry], label, null, null, at.Line, at.EndLine, at.EndColumn);
        }
        else
        {
            // Humans label a subset: a null label is an item nobody labelled, counted as the general path counts it.
            context.RowsWithoutLabel++;
        }

        return true;
    }

    bool TryRead(ReadOnlySpan<byte> line, IdCursor ids, out double? number, out string key, out string? reason)
    {
        number = null;
        key = string.Empty;
        reason = null;
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
                // An empty id is no id: the general path reports the row.
                hasId = ids.Read(ref reader).Length > 0;
            }
            else if (column == (int)value && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var read))
            {
                (number, hasValue) = (read, true);
            }
            else if (column == (int)value && reader.TokenType == JsonTokenType.Null)
            {
                (number, hasValue) = (null, true);
            }
            else if (column == (int)Column.Judge && value == Column.Score && reader.TokenType == JsonTokenType.String)
            {
                // As the general path reads it: an empty key is no key.
                key = context.Names.Intern(ref reader);
            }
            else if (column == (int)Column.Reason && value == Column.Score && reader.TokenType is JsonTokenType.String or JsonTokenType.Null)
            {
                reason = reader.GetString();
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
