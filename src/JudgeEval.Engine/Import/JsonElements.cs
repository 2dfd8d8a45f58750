using System.Text.Json;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>A JSON value read whole, with the span it was written at.</summary>
readonly record struct LocatedElement(JsonElement Value, SourceLocation At);

/// <summary>
/// Reads the JSON written by other eval tools: walks the top of the file with a reader (so every element keeps its
/// line and column) and hands each element of interest over whole, as a <see cref="JsonElement"/>.
/// </summary>
static class JsonElements
{
    /// <summary>The value under the reader, whole; the reader ends on its last token.</summary>
    public static LocatedElement Read(ref Utf8JsonReader reader, JsonSource json)
    {
        var start = reader.TokenStartIndex;
        using var document = JsonDocument.ParseValue(ref reader);
        return new LocatedElement(document.RootElement.Clone(), json.Location(start, reader.BytesConsumed - 1));
    }

    /// <summary>The elements of the array under the reader, each with its span; anything else is skipped and yields none.</summary>
    public static List<LocatedElement> ReadArray(ref Utf8JsonReader reader, JsonSource json)
    {
        var elements = new List<LocatedElement>();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return elements;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            elements.Add(Read(ref reader, json));
        }

        return elements;
    }

    public static string? String(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static JsonElement? Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>A string as written, a number in its written form, anything else null.</summary>
    public static string? Text(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    /// <summary>A grade as eval tools write it: a number as written, true = 1, false = 0; anything else null.</summary>
    public static double? NumberOrBoolean(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        _ => null,
    };

    /// <summary>Messages the way chat tools write them: a string, or a list of parts whose `text` fields are joined.</summary>
    public static string? Content(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Array => Join(element.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() : p.String("text"))),
        _ => null,
    };

    static string? Join(IEnumerable<string?> parts)
    {
        var text = string.Join("\n", parts.OfType<string>());
        return text.Length == 0 ? null : text;
    }
}
