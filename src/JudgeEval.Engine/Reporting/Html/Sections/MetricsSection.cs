using JudgeEval.Engine.Reporting.Html.Charts;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>Per-judge retrieval metrics and how far they spread with the choice of judge, as a table and one chart per metric.</summary>
public static class MetricsSection
{
    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        h.Append($"<section id=\"{SectionIds.Metrics}\" aria-labelledby=\"metrics-h\"><h2 id=\"metrics-h\">{SectionIds.TitleOf(SectionIds.Metrics)}</h2>");
        var judges = r.Judges.Where(j => j.Metrics is { Count: > 0 }).ToList();
        var names = judges.SelectMany(j => j.Metrics!.Keys).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            h.Append($"<p>No ranked retrieval data in this run, so no retrieval metrics.</p></section>");
            return;
        }

        var spreadMax = r.Thresholds?.Value(ThresholdTable.MetricSpreadMax) ?? double.NaN;
        var limit = r.Thresholds is not null ? " A ratio (highest / lowest) above metricSpreadMax " + Numbers.Fixed(spreadMax) + "× is marked ▴ and warns." : string.Empty;
        h.Append($"<p>The same retrieved documents, scored by different judges, give different headline metrics. Report the judge with the metric, and the spread.{limit}</p>");
        if (r.MetricSpread.Count > 0)
        {
            h.Append($"<table class=\"spread\"><caption>Spread across judges</caption><thead><tr><th scope=\"col\">Metric</th><th scope=\"col\" class=\"num\">Lowest</th><th scope=\"col\">Judge</th><th scope=\"col\" class=\"num\">Highest</th><th scope=\"col\">Judge</th><th scope=\"col\" class=\"num\">Ratio</th></tr></thead><tbody>");
            foreach (var (metric, s) in r.MetricSpread.OrderBy(m => names.IndexOf(m.Key)))
            {
                h.Append($"<tr><th scope=\"row\">{metric}</th>");
                Cells.Num(h, s.Min, Numbers.Fixed(s.Min, 3));
                Cells.Text(h, s.MinJudge);
                Cells.Num(h, s.Max, Numbers.Fixed(s.Max, 3));
                Cells.Text(h, s.MaxJudge);
                var over = s.Ratio > spreadMax;
                h.Append($"<td class=\"num{(over ? " below" : string.Empty)}\" data-v=\"{Numbers.Key(s.Ratio)}\">{(double.IsFinite(s.Ratio) ? Numbers.Fixed(s.Ratio) + "×" : Numbers.Undefined)}{(over ? " ▴" : string.Empty)}</td>");
                h.Append($"</tr>");
            }

            h.Append($"</tbody></table>");
        }

        judges = [.. Abridged.Rows(h, judges, ctx.Options.JudgeLimit, "judges in the charts and table below", "judges[].metrics")];
        h.Append($"<div class=\"charts\">");
        foreach (var name in names)
        {
            var rows = judges.Select(j => (Judge: j, Value: j.Metrics!.GetValueOrDefault(name, double.NaN))).ToList();
            var largest = rows.Select(x => double.IsFinite(x.Value) ? x.Value : 0).DefaultIfEmpty(0).Max();
            var max = largest <= 1 ? 1 : Math.Max(largest, ctx.Task.ScaleMax ?? largest);
            h.Append($"<figure><figcaption>{name}</figcaption>{MetricChart.Render(name, rows, r.MetricSpread.GetValueOrDefault(name), max, ctx.Families)}</figure>");
        }

        h.Append($"</div>");
        WriteLegend(h, ctx);
        h.Append($"<div class=\"scroll\"><table class=\"sortable metrics\"><caption>Retrieval metrics by judge</caption><thead><tr><th scope=\"col\">Judge</th><th scope=\"col\">Family</th>");
        foreach (var name in names)
        {
            h.Append($"<th scope=\"col\" class=\"num\">{name}</th>");
        }

        h.Append($"</tr></thead><tbody>");
        foreach (var judge in judges)
        {
            h.Append($"<tr>");
            Cells.JudgeHeader(h, ctx, judge.Id);
            Cells.FamilyCell(h, ctx, judge.Family);
            foreach (var name in names)
            {
                var v = judge.Metrics!.GetValueOrDefault(name, double.NaN);
                Cells.Num(h, v, Numbers.Fixed(v, 3));
            }

            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div></section>");
    }

    static void WriteLegend(HtmlBuilder h, ReportContext ctx)
    {
        h.Append($"<ul class=\"legend\" aria-label=\"Families\">");
        foreach (var family in ctx.Families.Names)
        {
            h.Append($"<li><span class=\"chip {ctx.Families.ColourClass(family)}\" aria-hidden=\"true\"></span>{family}</li>");
        }

        h.Append($"</ul>");
    }
}
