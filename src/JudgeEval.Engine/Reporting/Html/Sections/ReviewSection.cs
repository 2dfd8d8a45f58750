using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>The items most worth human review: text (a preview, the rest behind &lt;details&gt;), each judge's verdict, the human label.</summary>
public static class ReviewSection
{
    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var all = ctx.Results.Review;
        var limit = Math.Max(0, ctx.Options.ReviewLimit);
        var shown = all.Take(limit).ToList();
        h.Append($"<section id=\"{SectionIds.Review}\" aria-labelledby=\"review-h\"><h2 id=\"review-h\">{SectionIds.TitleOf(SectionIds.Review)}</h2>");
        if (all.Count == 0)
        {
            h.Append($"<p>No items to review: the judges never disagreed, or fewer than two judged each item.</p></section>");
            return;
        }

        // reviewCandidates counts every item the judges disagree on; results.json keeps only the top of them (review.top).
        var total = Math.Max(ctx.Results.ReviewCandidates, all.Count);
        var where = all.Count < total ? " (results.json keeps the top " + Numbers.Count(all.Count) + "; raise review.top in the manifest for more)" : string.Empty;
        h.Append($"<p class=\"count\" data-shown=\"{shown.Count}\" data-total=\"{total}\">Showing {Numbers.Count(shown.Count)} of {Numbers.Count(total)} items the judges disagree on{where}, most disagreement first. Disagreement is the standard deviation of the judges' verdicts; the outlier is the judge furthest from the panel's median.</p>");
        h.Append($"<div class=\"toolbar\"><button type=\"button\" id=\"expand-all\" aria-expanded=\"false\" hidden=\"\">Expand all</button></div>");
        for (var i = 0; i < shown.Count; i++)
        {
            WriteItem(h, ctx, shown[i], i + 1);
        }

        h.Append($"</section>");
    }

    static void WriteItem(HtmlBuilder h, ReportContext ctx, ReviewItem item, int rank)
    {
        h.Append($"<article class=\"review-item\" id=\"review-{rank}\" aria-labelledby=\"review-{rank}-h\"><h3 id=\"review-{rank}-h\">{rank}. Item <span class=\"mono\">{item.ItemId}</span> · disagreement {Numbers.Fixed(item.Disagreement)}");
        if (item.Outlier is not null)
        {
            h.Append($" · outlier <span class=\"outlier\">{item.Outlier}</span>");
        }

        h.Append($"</h3>");
        if (item.Query is not null)
        {
            WriteText(h, ctx, "Query", null, item.Query);
        }

        var pairwise = item.TextB is not null || ctx.IsPairwise;
        if (pairwise)
        {
            h.Append($"<div class=\"pair\"><div>");
            WriteText(h, ctx, "Output A", item.Model, item.Text);
            h.Append($"</div><div>");
            WriteText(h, ctx, "Output B", item.ModelB, item.TextB);
            h.Append($"</div></div>");
        }
        else if (!string.IsNullOrEmpty(item.Text) || item.Model is not null)
        {
            WriteText(h, ctx, "Text", item.Model, item.Text);
        }

        h.Append($"<div class=\"scroll\"><table class=\"verdicts\"><caption>Verdicts on item {item.ItemId}</caption><thead><tr><td></td>");
        // Every judge's verdict would make a table as wide as the panel; the outlier is always among those shown.
        var limit = ctx.Options.HeatmapLimit;
        var verdicts = item.Verdicts.Where((v, i) => i < limit || string.Equals(v.Key, item.Outlier, StringComparison.Ordinal)).ToList();
        foreach (var judge in verdicts.Select(v => v.Key))
        {
            var isOutlier = string.Equals(judge, item.Outlier, StringComparison.Ordinal);
            h.Append($"<th scope=\"col\" class=\"num{(isOutlier ? " outlier" : string.Empty)}\">{judge}{(isOutlier ? " (outlier)" : string.Empty)}</th>");
        }

        h.Append($"<th scope=\"col\" class=\"num\">human</th></tr></thead><tbody><tr><th scope=\"row\">verdict</th>");
        foreach (var verdict in verdicts.Select(v => v.Value))
        {
            h.Append($"<td class=\"num\">{ctx.Verdict(verdict)}</td>");
        }

        h.Append($"<td class=\"num\">{(item.Human is null ? "none" : ctx.Verdict(item.Human))}</td></tr>");
        h.Append($"</tbody></table></div>");
        WriteAnswers(h, ctx, item, verdicts.Select(v => v.Key));
        if (verdicts.Count < item.Verdicts.Count)
        {
            h.Append($"<p class=\"count abridged\">Showing the verdicts of {Numbers.Count(verdicts.Count)} of {Numbers.Count(item.Verdicts.Count)} judges (the first in the manifest's order, and the outlier); all are in results.json (review[].verdicts).</p>");
        }

        h.Append($"</article>");
    }

    /// <summary>What each shown judge answered (its `raw` text), behind one disclosure: the reason behind a verdict.</summary>
    static void WriteAnswers(HtmlBuilder h, ReportContext ctx, ReviewItem item, IEnumerable<string> judges)
    {
        var answers = judges.Where(item.Answers.ContainsKey).ToList();
        if (answers.Count == 0)
        {
            return;
        }

        h.Append($"<details class=\"answers\"><summary>The judges' answers ({Plural.Count(answers.Count, "judge")})</summary><dl>");
        foreach (var judge in answers)
        {
            h.Append($"<dt class=\"mono\">{judge}</dt><dd><div class=\"text\">{Truncated(item.Answers[judge], ctx.Options.TextLimit)}</div></dd>");
        }

        h.Append($"</dl></details>");
    }

    static void WriteText(HtmlBuilder h, ReportContext ctx, string heading, string? model, string? text)
    {
        var by = model is null ? string.Empty : " (by " + model + ")";
        if (string.IsNullOrEmpty(text))
        {
            h.Append($"<p class=\"textline\"><b>{heading}</b>{by}: <span class=\"muted\">no text recorded</span></p>");
            return;
        }

        var (preview, cut) = HtmlText.Truncate(text, ctx.Options.PreviewLength);
        if (!cut)
        {
            h.Append($"<p class=\"textline\"><b>{heading}</b>{by}:</p><div class=\"text\">{text}</div>");
            return;
        }

        h.Append($"<details><summary><b>{heading}</b>{by}: {preview}<span class=\"more\">… (show all {Numbers.Count(text.Length)} characters)</span></summary><div class=\"text\">{Truncated(text, ctx.Options.TextLimit)}</div></details>");
    }

    static Markup Truncated(string text, int limit)
    {
        var (kept, cut) = HtmlText.Truncate(text, limit);
        var h = new HtmlBuilder().Append($"{kept}");
        if (cut)
        {
            h.Append($"<span class=\"muted\"> [cut: {Numbers.Count(text.Length - kept.Length)} more characters in results.json]</span>");
        }

        return h.ToMarkup();
    }
}
