using System.Text;

namespace JudgeEval.Engine.Reporting.BuildServer;

/// <summary>
/// Untrusted text as inert GitHub-flavoured Markdown. Every character that can start markup anywhere in a line is
/// backslash-escaped (emphasis, code, links and images, HTML tags and entities, table cells, mentions, issue references,
/// math, strikethrough, superscript, and the ':' of a bare URL that would be linked), as are those that do so only at
/// the start of a line ('-', '+', '=', "1.") and the '.' of "www."; line breaks and other invisible characters become
/// visible escapes. CommonMark allows a backslash before any ASCII punctuation, so escapes render as the characters.
/// </summary>
public static class MarkdownText
{
    const string Anywhere = "\\`*_{}[]<>#!|~&@$^:";

    const string AtStart = "-+=";

    public static string Escape(string text)
    {
        var visible = VisibleText.Of(text);
        var result = new StringBuilder(visible.Length + 8);
        var digitsFromStart = true;
        for (var i = 0; i < visible.Length; i++)
        {
            var c = visible[i];
            var listNumber = c is '.' or ')' && digitsFromStart && i > 0;
            var webAddress = c == '.' && i >= 3 && visible.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase);
            if (Anywhere.Contains(c, StringComparison.Ordinal) || (i == 0 && AtStart.Contains(c, StringComparison.Ordinal)) || listNumber || webAddress)
            {
                result.Append('\\');
            }

            digitsFromStart &= char.IsAsciiDigit(c);
            result.Append(c);
        }

        return result.ToString();
    }
}
