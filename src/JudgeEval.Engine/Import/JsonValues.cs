using System.Text;
using System.Text.Json;

namespace JudgeEval.Engine.Import;

/// <summary>Reads the value under a Utf8JsonReader as a <see cref="Cell"/> or text, skipping what does not fit.</summary>
static class JsonValues
{
    /// <summary>The current token's value; a container is skipped and reported as <see cref="CellKind.Structured"/>.</summary>
    public static Cell Scalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) ? Cell.Of(number) : Cell.Of(Raw(reader));
            case JsonTokenType.String:
                return Cell.Of(reader.GetString()!);
            case JsonTokenType.Null:
                return Cell.Null;
            case JsonTokenType.True:
                return Cell.Of("true");
            case JsonTokenType.False:
                return Cell.Of("false");
            default:
                reader.Skip();
                return Cell.Structured;
        }
    }

    /// <summary>A string, or a number in its written form; null for anything else (containers are skipped).</summary>
    public static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Raw(reader),
        _ => SkipToNull(ref reader),
    };

    /// <summary>An array of strings (other elements ignored); a single string becomes a one-element list.</summary>
    public static IReadOnlyList<string> Strings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return Text(ref reader) is { } one ? [one] : [];
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (Text(ref reader) is { } text)
            {
                list.Add(text);
            }
        }

        return list;
    }

    /// <summary>The raw JSON of the current value (used for `raw` written as an object); strings unescaped.</summary>
    public static string RawValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.GetRawText();
        }

        return reader.TokenType == JsonTokenType.String ? reader.GetString()! : Raw(reader);
    }

    static string Raw(in Utf8JsonReader reader) => Encoding.UTF8.GetString(reader.ValueSpan);

    static string? SkipToNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}
