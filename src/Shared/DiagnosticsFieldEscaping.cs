using System.Text;

namespace JudgeEval.Shared;

/// <summary>
/// The escaping of one field of the diagnostics exchange file (tab-separated, one diagnostic a line): backslash, tab,
/// line feed and carriage return. Compiled into both the engine (writer) and the netstandard2.0 task (reader), which
/// cannot reference each other, so the two sides cannot drift.
/// </summary>
internal static class DiagnosticsFieldEscaping
{
    public static string Escape(string field)
    {
        var text = new StringBuilder(field.Length);
        foreach (var c in field)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '\t' => text.Append(@"\t"),
                '\n' => text.Append(@"\n"),
                '\r' => text.Append(@"\r"),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    public static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c != '\\' || i + 1 == field.Length)
            {
                text.Append(c);
                continue;
            }

            var next = field[++i];
            text.Append(next switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => next,
            });
        }

        return text.ToString();
    }
}
