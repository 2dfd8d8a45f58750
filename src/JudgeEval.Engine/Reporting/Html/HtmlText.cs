using System.Text;

namespace JudgeEval.Engine.Reporting.Html;

/// <summary>
/// Encodes untrusted text for HTML element content and double- or single-quoted attribute values.
/// Non-ASCII text is kept as is (the file is UTF-8); control characters, bidi overrides and lone surrogates become U+FFFD.
/// </summary>
public static class HtmlText
{
    const char Replacement = '\uFFFD';

    public static string Encode(string? text)
    {
        var sb = new StringBuilder();
        Encode(sb, text);
        return sb.ToString();
    }

    public static void Encode(StringBuilder target, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': target.Append("&amp;"); break;
                case '<': target.Append("&lt;"); break;
                case '>': target.Append("&gt;"); break;
                case '"': target.Append("&quot;"); break;
                case '\'': target.Append("&#39;"); break;
                case '\t' or '\n': target.Append(c); break;
                case '\r': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        target.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c) || char.IsControl(c) || IsBidiControl(c))
                    {
                        target.Append(Replacement);
                    }
                    else
                    {
                        target.Append(c);
                    }

                    break;
            }
        }
    }

    /// <summary>Embedding, override and isolate controls can make text read differently from what it is ("Trojan Source").</summary>
    static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The first <paramref name="max"/> characters (never splitting a surrogate pair) and whether anything was cut.</summary>
    public static (string Text, bool Cut) Truncate(string? text, int max)
    {
        if (text is null || text.Length <= max)
        {
            return (text ?? string.Empty, false);
        }

        var end = max > 0 && char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return (text[..end], true);
    }
}
