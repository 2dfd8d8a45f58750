using System.Text.Json;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// A batch as the provider reports it: its status (validating, in_progress, finalizing, completed, failed, expired,
/// cancelling, cancelled), its output and error files, the request counts and, for a failed batch, the first error.
/// </summary>
public sealed record BatchState(string Id, string Status, string? OutputFileId, string? ErrorFileId, int Total, int Completed, int Failed, string? Error)
{
    /// <summary>The statuses after which a batch changes no more.</summary>
    public bool Ended => Status is "completed" or "failed" or "expired" or "cancelled";

    public static BatchState Parse(string id, ReadOnlySpan<byte> json)
    {
        using var doc = JsonDocument.Parse(json.ToArray());
        var root = doc.RootElement;
        var counts = Member(root, "request_counts");
        var firstError = Member(root, "errors") is { ValueKind: JsonValueKind.Object } errors && Member(errors, "data") is { ValueKind: JsonValueKind.Array } data
            && data.GetArrayLength() > 0 ? data[0] : (JsonElement?)null;
        return new BatchState(
            Text(root, "id") ?? id,
            Text(root, "status") ?? "unknown",
            Text(root, "output_file_id"),
            Text(root, "error_file_id"),
            Count(counts, "total"),
            Count(counts, "completed"),
            Count(counts, "failed"),
            firstError is { } e ? string.Join(": ", new[] { Text(e, "code"), Text(e, "message") }.OfType<string>()) : null);
    }

    static JsonElement? Member(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : null;

    static string? Text(JsonElement e, string name) => Member(e, name) is { ValueKind: JsonValueKind.String } v && v.GetString() is { Length: > 0 } s ? s : null;

    static int Count(JsonElement? e, string name) => e is { } o && Member(o, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : 0;
}
