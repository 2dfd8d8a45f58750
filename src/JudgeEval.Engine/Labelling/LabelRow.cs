using System.Globalization;
using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Labelling;

/// <summary>
/// One human label as `judgeeval label` appends it: the jsonl humanLabels columns `id`, `label`, `annotator`,
/// `labeledOn`, and for pairwise items the `order` the annotator saw (the label itself is always in the pair's
/// original numbering, so the importer needs nothing else).
/// </summary>
public sealed record LabelRow(string ItemId, double Label, string Annotator, DateOnly LabeledOn, PairOrder? Order = null)
{
    /// <summary>The row as one UTF-8 JSON line ending in "\n"; System.Text.Json escapes whatever the id or name holds.</summary>
    public byte[] ToJsonLine(TaskKind kind)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", ItemId);
            if (kind == TaskKind.Pairwise)
            {
                json.WriteString("label", PreferenceName(Label));
            }
            else
            {
                json.WriteNumber("label", Label);
            }

            json.WriteString("annotator", Annotator);
            json.WriteString("labeledOn", LabeledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (Order is { } order)
            {
                json.WriteString("order", order == PairOrder.Swapped ? "swapped" : "original");
            }

            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static string PreferenceName(double preference) => preference switch
    {
        Preference.First => "first",
        Preference.Second => "second",
        Preference.Tie => "tie",
        _ => throw new ArgumentOutOfRangeException(nameof(preference), preference, "Not a pairwise preference."),
    };
}
