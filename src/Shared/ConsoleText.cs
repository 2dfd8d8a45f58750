using System.Globalization;
using System.Linq;
using System.Text;

namespace JudgeEval.Shared;

/// <summary>
/// Text from data (item ids, property names, file paths, answers) made safe for one console line: control characters
/// become visible escapes (\n, \r, \t, \e, \a, else \u00XX), and so do the line and paragraph separators and the bidi
/// controls. A newline in a JSONL property name can then no longer forge a second `file(1,1): error CS0001` line for
/// the build's log parser, nor ESC/BEL drive the terminal. Backslashes stay as they are: Windows paths need them.
/// Compiled into the engine (its console lines) and the task (what it logs from the diagnostics file).
/// </summary>
internal static class ConsoleText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => escaped.Append(@"\n"),
                '\r' => escaped.Append(@"\r"),
                '\t' => escaped.Append(@"\t"),
                '\u001b' => escaped.Append(@"\e"),
                '\a' => escaped.Append(@"\a"),
                _ when NeedsEscape(c) => escaped.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
