using System.Text;

namespace JudgeEval.Engine.Reporting.BuildServer;

/// <summary>
/// Untrusted text as inert GitHub-flavoured Markdown: every ASCII punctuation character is backslash-escaped (CommonMark
/// allows it for all of them), so no markup, HTML tag, link, mention or table cell break can come from the data; line
/// breaks and other invisible characters become visible escapes.
/// </summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in VisibleText.Of(text))
        {
            if (c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c)))
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
