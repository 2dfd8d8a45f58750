using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JudgeEval.Engine.Judging;

/// <summary>One batch input file: the requests' cache keys (their custom_ids, in order) and the JSONL bytes.</summary>
internal sealed record BatchFile(IReadOnlyList<string> Keys, ReadOnlyMemory<byte> Jsonl);

/// <summary>
/// Splits requests into batch input files within the provider's limits: at most <c>maxRequests</c> lines and
/// <c>maxBytes</c> bytes per file (OpenAI: 50,000 requests, 200 MB). Each line is one chat completions request,
/// custom_id = the cache key. A request that alone exceeds <c>maxBytes</c> goes into no file and is returned.
/// </summary>
internal static class BatchFiles
{
    static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static (List<BatchFile> Files, List<string> TooLarge) Split(IReadOnlyList<BatchRequest> requests, int maxRequests, long maxBytes)
    {
        var files = new List<BatchFile>();
        var tooLarge = new List<string>();
        var content = new ArrayBufferWriter<byte>();
        var keys = new List<string>();
        var line = new ArrayBufferWriter<byte>(4096);
        foreach (var r in requests)
        {
            line.ResetWrittenCount();
            WriteLine(line, r);
            if (line.WrittenCount > maxBytes)
            {
                tooLarge.Add(r.Key);
                continue;
            }

            if (keys.Count == maxRequests || content.WrittenCount + line.WrittenCount > maxBytes)
            {
                Close();
            }

            content.Write(line.WrittenSpan);
            keys.Add(r.Key);
        }

        Close();
        return (files, tooLarge);

        void Close()
        {
            if (keys.Count > 0)
            {
                files.Add(new BatchFile([.. keys], content.WrittenSpan.ToArray()));
                keys.Clear();
                content.ResetWrittenCount();
            }
        }
    }

    /// <summary>{"custom_id":…,"method":"POST","url":"/v1/chat/completions","body":{…}} and a newline.</summary>
    static void WriteLine(IBufferWriter<byte> output, BatchRequest r)
    {
        using (var w = new Utf8JsonWriter(output, Compact))
        {
            w.WriteStartObject();
            w.WriteString("custom_id", r.Key);
            w.WriteString("method", "POST");
            w.WriteString("url", "/v1/chat/completions");
            w.WritePropertyName("body");
            ChatRequestBody.Write(w, r.Model, r.Messages, r.Temperature, r.Seed, r.Scale, r.Structured);
            w.WriteEndObject();
        }

        output.Write("\n"u8);
    }
}
