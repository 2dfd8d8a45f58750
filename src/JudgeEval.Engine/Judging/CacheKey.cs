using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>A request's identity: what was asked of which model where, with which parameters and template version.</summary>
public sealed record CacheKeyInput(
    string BaseUrl,
    string Model,
    IReadOnlyList<ChatTurn> Messages,
    double? Temperature,
    long? Seed,
    string? ResponseSchema,
    int Sample,
    string TemplateVersion);

/// <summary>The canonical JSON a key hashes and the hash itself (what `judgeeval cache key` prints).</summary>
public sealed record CacheKeyExplanation(string CanonicalJson, string Hash);

/// <summary>
/// SHA-256 of a canonical JSON (fixed member order, no whitespace, UTF-8). The sample index is part of it so that
/// repeated runs are separate answers rather than one cached answer counted n times.
/// </summary>
public static class CacheKey
{
    static readonly JsonWriterOptions Canonical = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Compute(CacheKeyInput input) => Explain(input).Hash;

    public static CacheKeyExplanation Explain(CacheKeyInput input)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Canonical))
        {
            w.WriteStartObject();
            w.WriteString("baseUrl", NormalizeBaseUrl(input.BaseUrl));
            w.WriteString("model", input.Model);
            w.WriteStartArray("messages");
            foreach (var m in input.Messages)
            {
                w.WriteStartObject();
                w.WriteString("role", m.Role);
                w.WriteString("content", m.Content);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("parameters");
            WriteNullable(w, "temperature", input.Temperature);
            if (input.Seed is { } seed)
            {
                w.WriteNumber("seed", seed);
            }
            else
            {
                w.WriteNull("seed");
            }

            w.WriteString("responseSchema", input.ResponseSchema);
            w.WriteNumber("sample", input.Sample);
            w.WriteEndObject();
            w.WriteString("templateVersion", input.TemplateVersion);
            w.WriteEndObject();
        }

        var bytes = buffer.ToArray();
        return new CacheKeyExplanation(Encoding.UTF8.GetString(bytes), Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
    }

    /// <summary>
    /// "https://API.example.com/v1/" and "https://api.example.com/v1" are one endpoint. User-info and the query are not
    /// part of it: the key is printed by `judgeeval cache key` and names cache files, and a credential may hide there.
    /// </summary>
    public static string NormalizeBaseUrl(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/')
            : UrlText.Redact(baseUrl).TrimEnd('/');

    static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
