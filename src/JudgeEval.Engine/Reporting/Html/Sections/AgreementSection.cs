using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>
/// The inter-judge kappa heatmap: a table with one cell per ordered judge pair (judges² cells, the diagonal marked as the
/// judge itself), judges grouped by family, cells coloured by Landis-Koch band and always showing the value.
/// </summary>
public static class AgreementSection
{
    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        h.Append($"<section id=\"{SectionIds.Agreement}\" aria-labelledby=\"agreement-h\"><h2 id=\"agreement-h\">{SectionIds.TitleOf(SectionIds.Agreement)}</h2>");
        if (r.Judges.Count < 2)
        {
            h.Append($"<p>Inter-judge agreement needs at least two judges.</p></section>");
            return;
        }

        var kappa = new Dictionary<(string, string), PairAgreement>();
        foreach (var pair in r.Agreement)
        {
            kappa[(pair.A, pair.B)] = pair;
            kappa[(pair.B, pair.A)] = pair;
        }

        h.Append($"<p>Cohen's kappa ({ctx.Weighting}) between every two judges, over the items both judged. Judges are grouped by family; a high kappa inside a family and a lower one across families is a sign of shared blind spots.</p>");
        WriteLegend(h);
        var judges = ctx.Families.Grouped(Abridged.Rows(h, r.Judges, ctx.Options.HeatmapLimit, "judges in the heatmap", "agreement"));
        h.Append($"<div class=\"scroll\"><table class=\"heatmap\" data-judges=\"{judges.Count}\"><caption>Inter-judge kappa, {Plural.Count(judges.Count, "judge")} grouped by family</caption><thead><tr class=\"fams\"><td></td>");
        foreach (var group in Runs(judges))
        {
            h.Append($"<th scope=\"colgroup\" colspan=\"{group.Count}\" class=\"famhead {ctx.Families.ColourClass(group.Family)}\" title=\"{group.Family}\">{group.Family}</th>");
        }

        h.Append($"</tr><tr class=\"ids\"><td></td>");
        for (var c = 0; c < judges.Count; c++)
        {
            h.Append($"<th scope=\"col\" class=\"{(StartsFamily(judges, c) ? "gap" : string.Empty)}\" title=\"{judges[c].Model}\">{judges[c].Id}</th>");
        }

        h.Append($"</tr></thead><tbody>");
        for (var row = 0; row < judges.Count; row++)
        {
            var a = judges[row];
            h.Append($"<tr class=\"{(StartsFamily(judges, row) ? "famstart" : string.Empty)}\"><th scope=\"row\" class=\"famrow {ctx.Families.ColourClass(Families.NameOf(a))}\">{a.Id}</th>");
            for (var col = 0; col < judges.Count; col++)
            {
                var b = judges[col];
                var gap = StartsFamily(judges, col) ? " gap" : string.Empty;
                if (row == col)
                {
                    h.Append($"<td class=\"kself{gap}\" data-kappa-cell=\"\" data-a=\"{a.Id}\" data-b=\"{b.Id}\" title=\"{a.Id} with itself\" aria-label=\"{a.Id} with itself\">·</td>");
                    continue;
                }

                var found = kappa.GetValueOrDefault((a.Id, b.Id));
                var value = found?.Kappa;
                var band = LandisKoch.Band(value ?? double.NaN);
                var title = a.Id + " × " + b.Id + ": κ " + Numbers.Fixed(value) + (band is null ? string.Empty : " (" + band + ")") + (found is null ? ", not computed" : ", n " + Numbers.Count(found.N));
                h.Append($"<td class=\"{Bands.ClassOf(value)}{gap}\" data-kappa-cell=\"\" data-a=\"{a.Id}\" data-b=\"{b.Id}\" data-v=\"{Numbers.Key(value)}\" title=\"{title}\">{Numbers.Fixed(value)}</td>");
            }

            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div>");
        WriteMultiRater(h, r.MultiRater, ctx.IsPairwise);
        h.Append($"</section>");
    }

    static void WriteLegend(HtmlBuilder h)
    {
        h.Append($"<ul class=\"legend\" aria-label=\"Landis-Koch bands\">");
        foreach (var (band, cls, range) in Bands.Legend)
        {
            h.Append($"<li><span class=\"band {cls}\">{range}</span>{band}</li>");
        }

        h.Append($"</ul>");
    }

    static void WriteMultiRater(HtmlBuilder h, MultiRaterAgreement? m, bool pairwise)
    {
        if (m is null)
        {
            return;
        }

        h.Append($"<table class=\"multirater\"><caption>All judges at once ({Plural.Count(m.Raters, "rater")}, {Plural.Count(m.Items, "item")})</caption><thead><tr><th scope=\"col\">Statistic</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Band</th></tr></thead><tbody>");
        Row(h, "Fleiss' kappa", m.FleissKappa);
        Row(h, "Krippendorff's alpha (" + EnumNames.Of(m.AlphaLevel) + ")", m.KrippendorffAlpha);
        Row(h, "Gwet's AC", m.GwetAc);
        h.Append($"</tbody></table>");
        if (!pairwise)
        {
            h.Append($"<p class=\"note\">Fleiss' kappa treats the grades as unordered categories, so on an ordinal scale it reads lower than the weighted pairwise kappas above and than Krippendorff's ordinal alpha; an off-by-one grade counts as a full disagreement.</p>");
        }
    }

    static void Row(HtmlBuilder h, string name, double? value)
    {
        h.Append($"<tr><th scope=\"row\">{name}</th>");
        Cells.Num(h, value, Numbers.Fixed(value, 3));
        Cells.BandCell(h, LandisKoch.Band(value ?? double.NaN));
        h.Append($"</tr>");
    }

    static bool StartsFamily(IReadOnlyList<JudgeResult> judges, int i) =>
        i > 0 && !string.Equals(Families.NameOf(judges[i]), Families.NameOf(judges[i - 1]), StringComparison.Ordinal);

    static List<(string Family, int Count)> Runs(IReadOnlyList<JudgeResult> judges)
    {
        var runs = new List<(string Family, int Count)>();
        foreach (var family in judges.Select(Families.NameOf))
        {
            if (runs.Count > 0 && string.Equals(runs[^1].Family, family, StringComparison.Ordinal))
            {
                runs[^1] = (family, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((family, 1));
            }
        }

        return runs;
    }
}
