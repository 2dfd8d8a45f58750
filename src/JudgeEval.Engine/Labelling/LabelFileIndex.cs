using System.Text.Json;

namespace JudgeEval.Engine.Labelling;

/// <summary>
/// Which items a labels file labels and by whom, read from its complete lines. Only `id`, `label` and `annotator` are
/// looked at; a line that is not a JSON object with an id and a label is left for the importer to report.
/// </summary>
sealed class LabelFileIndex
{
    public LabelledBy Labels { get; } = new();

    /// <summary>Indexes every line that ends in "\n"; returns how many bytes that consumed (a torn last line is left).</summary>
    public long AddCompleteLines(ReadOnlySpan<byte> bytes)
    {
        var used = 0;
        while (used < bytes.Length)
        {
            var newline = bytes[used..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            Add(bytes.Slice(used, newline));
            used += newline + 1;
        }

        return used;
    }

    void Add(ReadOnlySpan<byte> line)
    {
        if (line.Trim(" \t\r"u8).IsEmpty)
        {
            return;
        }

        try
        {
            var reader = new Utf8JsonReader(line);
            using var row = JsonDocument.ParseValue(ref reader);
            var root = row.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("label", out var label) || label.ValueKind == JsonValueKind.Null
                || !root.TryGetProperty("id", out var id) || Id(id) is not { } itemId)
            {
                return;
            }

            Labels.Add(itemId, root.TryGetProperty("annotator", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null);
        }
        catch (JsonException)
        {
            // Not ours to judge: `judgeeval run` reports the line with its position.
        }
    }

    /// <summary>As the jsonl importer reads ids: text, or a number's written form.</summary>
    static string? Id(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.String => id.GetString(),
        JsonValueKind.Number => id.GetRawText(),
        _ => null,
    };
}
