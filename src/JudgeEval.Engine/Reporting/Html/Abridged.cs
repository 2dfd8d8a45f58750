namespace JudgeEval.Engine.Reporting.Html;

/// <summary>
/// Caps what a section draws per judge, so a run with thousands of judges still gives a report a browser opens, and
/// says what was left out (as the review list does). results.json always has every row.
/// </summary>
public static class Abridged
{
    /// <summary>The first <paramref name="limit"/> rows (in the order given); when some are left out, a note saying how many and where they are.</summary>
    public static IReadOnlyList<T> Rows<T>(HtmlBuilder h, IReadOnlyList<T> rows, int limit, string what, string where)
    {
        var shown = Math.Max(0, limit);
        if (rows.Count <= shown)
        {
            return rows;
        }

        h.Append($"<p class=\"count abridged\" data-shown=\"{shown}\" data-total=\"{rows.Count}\">Showing the first {Numbers.Count(shown)} of {Numbers.Count(rows.Count)} {what}, in the manifest's order; all {Numbers.Count(rows.Count)} are in results.json ({where}).</p>");
        return [.. rows.Take(shown)];
    }
}
