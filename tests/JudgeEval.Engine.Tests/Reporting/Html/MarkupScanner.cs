namespace JudgeEval.Engine.Tests.Reporting.Html;

/// <summary>
/// A small HTML tokenizer for assertions: the tags (with attributes, quoted values respected) and the raw text of
/// script and style elements. Written for this test only; it follows the HTML tokenizer's rules for the cases the report emits.
/// </summary>
static class MarkupScanner
{
    public sealed record Tag(string Name, bool Closing, IReadOnlyList<(string Name, string Value)> Attributes);

    public sealed record Result(List<Tag> Tags, List<(string Element, string Text)> RawTexts, List<string> Comments);

    public static Result Scan(string html)
    {
        var tags = new List<Tag>();
        var raw = new List<(string, string)>();
        var comments = new List<string>();
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                comments.Add(html[i..(end < 0 ? html.Length : end)]);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (i + 1 < html.Length && html[i + 1] == '!')
            {
                var end = html.IndexOf('>', i);
                tags.Add(new Tag("!doctype", false, []));
                i = end + 1;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var j = i + (closing ? 2 : 1);
            var nameStart = j;
            while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '-' or ':'))
            {
                j++;
            }

            var name = html[nameStart..j];
            if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
            {
                // A bare '<' in text: the HTML tokenizer treats it as text; the report never emits one.
                tags.Add(new Tag("#bare-lt", false, []));
                i++;
                continue;
            }

            var attributes = new List<(string, string)>();
            while (j < html.Length && html[j] != '>')
            {
                if (char.IsWhiteSpace(html[j]) || html[j] == '/')
                {
                    j++;
                    continue;
                }

                var attrStart = j;
                while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] is not ('=' or '>' or '/'))
                {
                    j++;
                }

                var attrName = html[attrStart..j];
                var value = string.Empty;
                if (j < html.Length && html[j] == '=')
                {
                    j++;
                    if (j < html.Length && html[j] is '"' or '\'')
                    {
                        var quote = html[j];
                        var end = html.IndexOf(quote, j + 1);
                        value = html[(j + 1)..end];
                        j = end + 1;
                    }
                    else
                    {
                        var valueStart = j;
                        while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] != '>')
                        {
                            j++;
                        }

                        value = html[valueStart..j];
                    }
                }

                attributes.Add((attrName, value));
            }

            tags.Add(new Tag(name, closing, attributes));
            i = j + 1;
            if (!closing && name is "script" or "style" or "title" or "textarea")
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                raw.Add((name, html[i..end]));
                i = end;
            }
        }

        return new Result(tags, raw, comments);
    }
}
