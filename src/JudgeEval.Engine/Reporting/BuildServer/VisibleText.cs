using System.Globalization;
using System.Text;

namespace JudgeEval.Engine.Reporting.BuildServer;

/// <summary>
/// Data-derived text (item text, judge ids, file names) made safe for one line of a CI log: control characters, line and
/// paragraph separators and bidirectional overrides are written as \uXXXX, so the text can neither start a new log line
/// (a forged command) nor reorder what the reader sees. Line feeds and carriage returns are left to each command's
/// own escaping.
/// </summary>
public static class VisibleText
{
    public static string Of(string text, bool keepLineBreaks = false)
    {
        if (!text.Any(c => Hidden(c, keepLineBreaks)))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            result.Append(Hidden(c, keepLineBreaks) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString());
        }

        return result.ToString();
    }

    static bool Hidden(char c, bool keepLineBreaks) =>
        !(keepLineBreaks && c is '\r' or '\n')
        && (char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
}
