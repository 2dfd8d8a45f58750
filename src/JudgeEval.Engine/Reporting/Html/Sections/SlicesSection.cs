using JudgeEval.Engine.Reporting.Html.Charts;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>
/// The judges by slice (`slices:`): per field, one small-multiple forest plot per value (every judge's kappa with its
/// interval on those items), the largest values first, and the numbers behind them in a table.
/// </summary>
public static class SlicesSection
{
    /// <summary>Panels drawn per field; the rest are in the table and results.json.</summary>
    const int MaxPanels = 36;

    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        h.Append($"<section id=\"{SectionIds.Slices}\" aria-labelledby=\"slices-h\"><h2 id=\"slices-h\">{SectionIds.TitleOf(SectionIds.Slices)}</h2>");
        if (r.Slices.Count == 0)
        {
            h.Append($"<p>No slices: list item fields under <span class=\"mono\">slices:</span> (model, queryId, tag:prefix) to audit each judge on each value of them.</p></section>");
            return;
        }

        var lowest = r.Slices.SelectMany(s => s.Judges).Select(j => j.KappaCi95.IsDefined ? j.KappaCi95.Lower : j.Kappa).Where(double.IsFinite).DefaultIfEmpty(0).Min();
        var axis = ForestPanel.AxisOf(lowest < -0.2 ? -1 : -0.2);
        var step = axis.Min < -0.2 ? 0.5 : 0.4;
        h.Append($"<p>Each panel is one value of a slice field: every judge's κ ({ctx.Weighting}) against the human labels on those items, with its 95% bootstrap interval and {ctx.KappaReferenceText}. A judge that passes overall but falls below kappaFail on a value with at least minSliceItems labelled items it rated is a finding (JE2015).</p>");
        foreach (var field in r.Slices.Select(s => s.Field).Distinct(StringComparer.Ordinal))
        {
            var values = r.Slices.Where(s => s.Field == field).ToList();
            h.Append($"<h3>By {field}</h3><div class=\"multiples\">");
            foreach (var slice in values.Take(MaxPanels))
            {
                h.Append($"<figure>{ForestPanel.Render(slice, axis, step, ctx.KappaReferences, ctx.Families, r.Judges)}<figcaption><b>{slice.Value}</b> · {Numbers.Count(slice.Items)} items, {Numbers.Count(slice.Labelled)} labelled</figcaption></figure>");
            }

            h.Append($"</div>");
            if (values.Count > MaxPanels)
            {
                h.Append($"<p class=\"note\">{Numbers.Count(values.Count - MaxPanels)} more {field} values are in the table below and in results.json.</p>");
            }

            WriteTable(h, ctx, field, values);
        }

        h.Append($"</section>");
    }

    static void WriteTable(HtmlBuilder h, ReportContext ctx, string field, List<SliceResult> values)
    {
        var pairwise = ctx.IsPairwise;
        h.Append($"<details><summary>Numbers by {field}</summary><div class=\"scroll\"><table class=\"sortable slices\"><caption>Judges by {field}</caption><thead><tr><th scope=\"col\">{field}</th><th scope=\"col\">Judge</th><th scope=\"col\" class=\"num\">Items</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">κ</th><th scope=\"col\" class=\"num\">95% CI</th><th scope=\"col\" class=\"num\">Coverage</th><th scope=\"col\" class=\"num\">Bias</th><th scope=\"col\" class=\"num\">Own n</th><th scope=\"col\" class=\"num\">Other n</th>");
        h.Append($"<th scope=\"col\" class=\"num\">{(pairwise ? "Judge own" : "Bias own")}</th><th scope=\"col\" class=\"num\">{(pairwise ? "Human own" : "Bias others")}</th></tr></thead><tbody>");
        foreach (var slice in values)
        {
            foreach (var j in slice.Judges)
            {
                var sp = j.SelfPreference;
                h.Append($"<tr><td data-v=\"{slice.Value}\">{slice.Value}</td>");
                Cells.JudgeHeader(h, ctx, j.Id);
                Cells.Num(h, slice.Items);
                Cells.Num(h, j.N);
                Cells.Num(h, j.Kappa, Numbers.Fixed(j.Kappa));
                Cells.Num(h, j.KappaCi95.Lower, Numbers.Interval(j.KappaCi95));
                Cells.Num(h, j.Coverage, Numbers.Percent(j.Coverage));
                Cells.Num(h, j.Bias, Numbers.Signed(j.Bias));
                Cells.Num(h, sp?.OwnN, sp is null ? Numbers.Undefined : Numbers.Count(sp.OwnN));
                Cells.Num(h, sp?.OtherN, sp is null ? Numbers.Undefined : Numbers.Count(sp.OtherN));
                var (a, b) = pairwise ? (sp?.JudgeOwnRate, sp?.HumanOwnRate) : (sp?.OwnBias, sp?.OtherBias);
                Cells.Num(h, a, pairwise ? Numbers.Fixed(a) : Numbers.Signed(a));
                Cells.Num(h, b, pairwise ? Numbers.Fixed(b) : Numbers.Signed(b));
                h.Append($"</tr>");
            }
        }

        h.Append($"</tbody></table></div></details>");
    }
}
