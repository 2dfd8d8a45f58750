using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// The common judgment row, <c>{"id": "…", "score": n}</c> and nothing else, read straight into the columns: no cells,
/// no row, no mapping. Any other row (another property, a score that is null or text, an escaped name, a line that is
/// not one object) is left to the general path, which reads it again from the start, so every row is stored and every
/// problem reported exactly as before.
/// </summary>
static class PlainJudgmentRow
{
    /// <summary>Whether rows of this import can take the plain path: pointwise judgments graded as plain numbers, of the judge key "".</summary>
    public static bool Applies(ImportContext context) =>
        context.Role == DataRole.Judgments && context.Kind == TaskKind.Pointwise && !context.Source.BinaryScale
        && context.Source.Option("column") is null && context.WantsKey(string.Empty);

    /// <summary>Reads a plain row and stores it; false (nothing stored) for any other row.</summary>
    public static bool TryAdd(ReadOnlySpan<byte> line, IdCursor ids, ImportContext context, LineSpan at)
    {
        double score;
        try
        {
            if (!TryRead(line, ids, out score))
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        context.AddJudgment(string.Empty, ids.RowEntry, score, 0, null, null, at);
        return true;
    }

    static bool TryRead(ReadOnlySpan<byte> line, IdCursor ids, out double score)
    {
        score = 0;
        var (hasId, hasScore) = (false, false);
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return false;
            }

            var isId = reader.ValueSpan.SequenceEqual("id"u8);
            if (!isId && !reader.ValueSpan.SequenceEqual("score"u8))
            {
                return false;
            }

            reader.Read();
            if (isId && reader.TokenType == JsonTokenType.String)
            {
                ids.Read(ref reader);
                hasId = true;
            }
            else if (!isId && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out score))
            {
                hasScore = true;
            }
            else
            {
                return false;
            }
        }

        // A line holds exactly one object: anything after it is the general path's to report.
        return hasId && hasScore && reader.TokenType == JsonTokenType.EndObject && !reader.Read();
    }
}
