using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// The body of a chat completions request, written directly as UTF-8 JSON: the same bytes for a live call (through the
/// SDK's protocol method) and for a line of a batch file. Model, messages, temperature, seed and, when structured, the
/// strict JSON-schema response format.
/// </summary>
internal static class ChatRequestBody
{
    static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static byte[] Serialize(string model, IReadOnlyList<ChatTurn> messages, double? temperature, long? seed, Scale scale, bool structured)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, Compact))
        {
            Write(w, model, messages, temperature, seed, scale, structured);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(Utf8JsonWriter w, string model, IReadOnlyList<ChatTurn> messages, double? temperature, long? seed, Scale scale, bool structured)
    {
        w.WriteStartObject();
        w.WriteString("model", model);
        w.WriteStartArray("messages");
        foreach (var m in messages)
        {
            w.WriteStartObject();
            w.WriteString("role", m.Role == "system" ? "system" : "user");
            w.WriteString("content", m.Content);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (temperature is { } t)
        {
            w.WriteNumber("temperature", t);
        }

        if (seed is { } s)
        {
            w.WriteNumber("seed", s);
        }

        if (structured)
        {
            w.WriteStartObject("response_format");
            w.WriteString("type", "json_schema");
            w.WriteStartObject("json_schema");
            w.WriteString("name", VerdictSchema.Name(scale));
            w.WriteBoolean("strict", true);
            w.WritePropertyName("schema");
            w.WriteRawValue(VerdictSchema.Json(scale), skipInputValidation: true);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
