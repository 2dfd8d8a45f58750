using System.Text;

namespace JudgeEval.Engine.Catalog;

/// <summary>Case and separator folding of model ids, so that <c>claude-3-5-sonnet</c>, <c>Claude 3.5 Sonnet</c> and <c>llama3_1</c> forms meet.</summary>
public static class ModelIdText
{
    /// <summary>Trimmed, ASCII-lowercased id (culture-free: ids are ASCII).</summary>
    public static string Canonical(string id)
    {
        var trimmed = id.Trim();
        var text = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            text.Append(c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c);
        }

        return text.ToString();
    }

    /// <summary>
    /// The separator-blind key: lowercase, '.', '_' and spaces read as '-', and a '-' wherever letters meet digits,
    /// so <c>llama3.1-70b</c> and <c>llama-3-1-70-b</c> compare equal while <c>llama-31</c> stays different.
    /// </summary>
    public static string Folded(string id)
    {
        var text = new StringBuilder(id.Length + 8);
        var previous = '-';
        foreach (var raw in Canonical(id))
        {
            var c = raw is '.' or '_' or ' ' ? '-' : raw;
            if (c == '-')
            {
                if (previous != '-')
                {
                    text.Append('-');
                }
            }
            else
            {
                if (previous != '-' && char.IsAsciiDigit(c) != char.IsAsciiDigit(previous))
                {
                    text.Append('-');
                }

                text.Append(c);
            }

            previous = text.Length == 0 ? '-' : text[^1];
        }

        return text.ToString().TrimEnd('-');
    }

    /// <summary>Levenshtein distance, for suggesting the nearest ids.</summary>
    public static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
