using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.IO;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Writes a judge's verdicts in the project's JSONL judgments format (docs/manifest.md), so a live run can be replayed as
/// recorded data: pointwise `score`; pairwise one line per order with `verdict` first/second/tie and `order`.
/// Missing verdicts are written with a null value and their `reason`.
/// </summary>
public static class JudgmentRecorder
{
    static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJsonl(string judgeId, TaskKind task, IEnumerable<Judgment> judgments)
    {
        var text = new StringBuilder();
        foreach (var j in judgments)
        {
            if (task == TaskKind.Pairwise)
            {
                text.AppendLine(Line(judgeId, j, Reason(j, "original"), j.Score, "original", j.OriginalRawText));
                text.AppendLine(Line(judgeId, j, Reason(j, "swapped"), j.SwappedScore, "swapped", j.SwappedRawText));
            }
            else
            {
                text.AppendLine(Line(judgeId, j, j.MissingReason, j.Score, null, j.RawText));
            }
        }

        return text.ToString();
    }

    /// <summary>Atomic, so a replay never reads half a record.</summary>
    public static void Write(string path, string jsonl) => AtomicFile.WriteAllText(path, jsonl);

    static string? Reason(Judgment j, string order)
    {
        var value = order == "original" ? j.Score : j.SwappedScore;
        if (value is not null || j.MissingReason is null)
        {
            return null;
        }

        // Pairwise reasons are "original: ..." / "swapped: ..." joined by "; ".
        var prefix = order + ": ";
        return j.MissingReason.Split("; ").FirstOrDefault(r => r.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..] ?? j.MissingReason;
    }

    static string Line(string judgeId, Judgment j, string? reason, double? value, string? order, string? raw)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", j.ItemId);
            if (order is null)
            {
                if (value is { } v)
                {
                    w.WriteNumber("score", v);
                }
                else
                {
                    w.WriteNull("score");
                }
            }
            else
            {
                w.WriteString("verdict", value switch
                {
                    Preference.First => "first",
                    Preference.Second => "second",
                    Preference.Tie => "tie",
                    _ => null,
                });
                w.WriteString("order", order);
            }

            w.WriteNumber("sample", j.Sample);
            w.WriteString("judge", judgeId);
            if (reason is not null)
            {
                w.WriteString("reason", reason);
            }

            if (raw is not null)
            {
                w.WriteString("raw", raw);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
