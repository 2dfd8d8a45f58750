namespace JudgeEval.Engine.Catalog;

/// <summary>
/// The word-order-blind key of a model id, so that <c>claude-haiku-3.5</c> meets <c>claude-3.5-haiku</c>: the
/// separator-folded words, runs of numbers joined into one version ("3-5" is "3.5"), sorted. Only ids of two or more
/// words have one, and the index drops a key that two entries share, so the match is never a guess between models.
/// </summary>
public static class ModelWordOrder
{
    public static string? Key(string id)
    {
        var words = new List<string>();
        foreach (var word in ModelIdText.Folded(id).Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            var number = word.All(char.IsAsciiDigit);
            if (number && words.Count > 0 && words[^1].All(c => char.IsAsciiDigit(c) || c == '.'))
            {
                words[^1] += "." + word;
            }
            else
            {
                words.Add(word);
            }
        }

        return words.Count < 2 ? null : string.Join('-', words.Order(StringComparer.Ordinal));
    }
}
