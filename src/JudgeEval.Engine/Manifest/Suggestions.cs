namespace JudgeEval.Engine.Manifest;

/// <summary>"Did you mean" hints: the closest candidate by edit distance, ignoring case.</summary>
public static class Suggestions
{
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        var limit = Math.Clamp(input.Length / 3, 1, 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(input.ToUpperInvariant(), c.ToUpperInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    /// <summary>" Did you mean 'x'?" or, without a close candidate, the list of allowed values.</summary>
    public static string Hint(string input, IReadOnlyCollection<string> candidates, string listLabel = "Expected one of")
    {
        var closest = Closest(input, candidates);
        return closest is not null
            ? $" Did you mean '{closest}'?"
            : candidates.Count == 0 ? string.Empty : $" {listLabel}: {string.Join(", ", candidates)}.";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions cost 1.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
