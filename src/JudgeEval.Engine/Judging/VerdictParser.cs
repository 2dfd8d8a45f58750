using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Reads a judge's answer: a JSON object (bare, fenced, or embedded in prose), then "Score: 2" / "Verdict: A"
/// lines, then MT-Bench's "[[5]]" / "[[A]]" / "[[C]]". Conflicting answers are "ambiguous"; nothing is guessed.
/// </summary>
public static partial class VerdictParser
{
    public static Verdict Parse(string? text, Scale scale)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Verdict.Missing("empty answer");
        }

        var found = new List<string>();
        if (FromJson(text) is { } json)
        {
            found.Add(json);
        }
        else
        {
            var labelled = scale.Kind == TaskKind.Pairwise ? VerdictLine() : ScoreLine();
            found.AddRange(labelled.Matches(text).Select(m => m.Groups["v"].Value));
            found.AddRange(Bracketed().Matches(text).Select(m => m.Groups["v"].Value));
        }

        var values = found.Select(v => ToValue(v, scale)).Distinct().ToList();
        return values switch
        {
            [] => Verdict.Missing("unparseable"),
            [null] => Verdict.Missing(OffScale(found[0], scale)),
            [{ } v] => Verdict.Of(v),
            _ => Verdict.Missing("ambiguous"),
        };
    }

    /// <summary>Pairwise: a verdict given with output 2 shown first, mapped back to the original numbering.</summary>
    public static double MapSwapped(double shown) => shown switch
    {
        Preference.First => Preference.Second,
        Preference.Second => Preference.First,
        _ => Preference.Tie,
    };

    /// <summary>A short reason, grouped in the run's summary: a grade of 2.5 is not a whole number, 7 is outside the scale.</summary>
    static string OffScale(string raw, Scale scale) =>
        scale.Kind == TaskKind.Pointwise
        && double.TryParse(raw.Trim().Trim('"', '\'', '*', '.').Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
        && double.IsFinite(d) && Math.Floor(d) != d
            ? "not a whole number"
            : "outside the scale";

    static double? ToValue(string raw, Scale scale)
    {
        var v = raw.Trim().Trim('"', '\'', '*', '.').Trim();
        if (scale.Kind == TaskKind.Pairwise)
        {
            return v.ToUpperInvariant() switch
            {
                "A" or "1" => Preference.First,
                "B" or "2" => Preference.Second,
                "TIE" or "C" or "DRAW" or "EQUAL" => Preference.Tie,
                _ => null,
            };
        }

        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && scale.Contains(d) ? d : null;
    }

    /// <summary>The "score" (pointwise) or "verdict" member of the first JSON object found, as text.</summary>
    static string? FromJson(string text)
    {
        foreach (var candidate in JsonCandidates(text))
        {
            if (MemberOfObject(candidate, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="json"/> is one whole JSON object; <paramref name="value"/> is then its first verdict member
    /// (a string's value, anything else as written), or null. Read with a forward-only reader: no document per answer.
    /// </summary>
    static bool MemberOfObject(string json, out string? value)
    {
        value = null;
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var bytes = rented.AsSpan(0, Encoding.UTF8.GetBytes(json, rented));
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var found = false;
            while (reader.Read())
            {
                if (!found && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && IsVerdictMember(reader.GetString()!))
                {
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    reader.Skip();
                    value ??= Encoding.UTF8.GetString(bytes[start..(int)reader.BytesConsumed]);
                    found = true;
                }
            }

            // Reading to the end checks the rest is JSON too, as a whole-document parse would.
            return reader.BytesConsumed == bytes.Length || bytes[(int)reader.BytesConsumed..].Trim(" \t\r\n"u8).IsEmpty;
        }
        catch (JsonException)
        {
            // Not JSON after all; the next candidate or the line patterns decide.
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    static bool IsVerdictMember(string name) => name.ToLowerInvariant() is "score" or "verdict" or "grade" or "rating" or "winner";

    static IEnumerable<string> JsonCandidates(string text)
    {
        yield return text.Trim();
        foreach (Match m in Fenced().Matches(text))
        {
            yield return m.Groups[1].Value;
        }

        var first = text.IndexOf('{', StringComparison.Ordinal);
        var last = text.LastIndexOf('}');
        if (first >= 0 && last > first)
        {
            yield return text[first..(last + 1)];
        }
    }

    [GeneratedRegex(@"```(?:json)?\s*(.*?)```", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Fenced();

    [GeneratedRegex(@"\b(?:score|grade|rating|relevance)\**\s*[:=]\s*\**\s*(?<v>-?\d+(?:\.\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreLine();

    [GeneratedRegex(@"\b(?:verdict|winner|better(?: response)?)\**\s*[:=]\s*\**\s*(?:response\s+|assistant\s+)?(?<v>A|B|tie)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerdictLine();

    [GeneratedRegex(@"\[\[\s*(?<v>[^\[\]]{1,8}?)\s*\]\]")]
    private static partial Regex Bracketed();
}
