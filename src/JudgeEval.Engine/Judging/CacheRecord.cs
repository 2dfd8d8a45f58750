using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// One answer as a line of a cache segment: a JSON object on one line (camelCase members, the key first) ended by '\n'.
/// A line that is not whole JSON with a 64-hex key is not a record (a torn tail after a crash, a foreign line).
/// </summary>
internal static class CacheRecord
{
    static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static void Write(IBufferWriter<byte> output, CachedAnswer answer)
    {
        using (var w = new Utf8JsonWriter(output, Compact))
        {
            w.WriteStartObject();
            w.WriteString("key", answer.Key);
            WriteNullable(w, "content", answer.Content);
            WriteNullable(w, "refusal", answer.Refusal);
            WriteNullable(w, "finishReason", answer.FinishReason);
            w.WriteNumber("inputTokens", answer.InputTokens);
            w.WriteNumber("outputTokens", answer.OutputTokens);
            WriteNullable(w, "model", answer.Model);
            w.WriteEndObject();
        }

        output.Write("\n"u8);
    }

    /// <summary>The record's key, or null when the line is not a whole record.</summary>
    public static string? KeyOf(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? key = null;
            // Reading to the end validates the whole line, so a torn line never yields a key.
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("key"u8))
                {
                    reader.Read();
                    key = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }

            return key is { Length: 64 } && reader.BytesConsumed == line.Length && key.All(char.IsAsciiHexDigitLower) ? key : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Null when the line is not a whole record of <paramref name="key"/>.</summary>
    public static CachedAnswer? Read(ReadOnlySpan<byte> line, string key)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? found = null, content = null, refusal = null, finish = null, model = null;
            long input = 0, output = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "key": found = StringOrNull(ref reader); break;
                    case "content": content = StringOrNull(ref reader); break;
                    case "refusal": refusal = StringOrNull(ref reader); break;
                    case "finishReason": finish = StringOrNull(ref reader); break;
                    case "model": model = StringOrNull(ref reader); break;
                    case "inputTokens": input = reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : 0; break;
                    case "outputTokens": output = reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : 0; break;
                    default: reader.Skip(); break;
                }
            }

            return found == key
                ? new CachedAnswer { Key = key, Content = content, Refusal = refusal, FinishReason = finish, InputTokens = input, OutputTokens = output, Model = model }
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    static string? StringOrNull(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
