using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Html.Charts;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>Each judge's relation to the product model, and self-preference: its bias on its own family's outputs against others'.</summary>
public static class IndependenceSection
{
    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        h.Append($"<section id=\"{SectionIds.Independence}\" aria-labelledby=\"independence-h\"><h2 id=\"independence-h\">{SectionIds.TitleOf(SectionIds.Independence)}</h2>");
        var product = r.Manifest.ProductModel is null ? "No product model is named in the manifest." : "Product model: " + r.Manifest.ProductModel + (r.Manifest.ProductFamily is null ? "." : " (family " + r.Manifest.ProductFamily + ").");
        h.Append($"<p>{product}</p>");
        if (r.Independence is { } ind)
        {
            h.Append($"<p>{Numbers.Count(ind.EffectiveIndependentJudges)} effectively independent judge(s) of {Numbers.Count(r.Judges.Count)}; providers: {(ind.Providers.Count == 0 ? Numbers.Undefined : string.Join(", ", ind.Providers))}.</p>");
            // Without a product model every row would repeat "no product model": the sentence above says it once.
            if (ind.Judges.Count > 0 && r.Manifest.ProductModel is not null)
            {
                var relations = Abridged.Rows(h, ind.Judges, ctx.Options.JudgeLimit, "judges", "independence.judges");
                h.Append($"<div class=\"scroll\"><table class=\"sortable relations\"><caption>Judges against the product model's lineage</caption><thead><tr><th scope=\"col\">Judge</th><th scope=\"col\">Relation</th><th scope=\"col\">Explanation</th></tr></thead><tbody>");
                foreach (var rel in relations)
                {
                    h.Append($"<tr>");
                    Cells.JudgeHeader(h, ctx, rel.JudgeId);
                    h.Append($"<td>{EnumNames.Of(rel.Relation)}</td><td>{rel.Explanation}</td></tr>");
                }

                h.Append($"</tbody></table></div>");
            }
        }

        WriteSelfPreference(h, ctx);
        h.Append($"</section>");
    }

    static void WriteSelfPreference(HtmlBuilder h, ReportContext ctx)
    {
        var rows = ctx.Results.SelfPreference;
        h.Append($"<h3 id=\"self-preference\">Self-preference</h3>");
        if (rows.Count == 0)
        {
            h.Append($"<p>No judge had outputs of its own family (or lineage) to judge, so self-preference could not be measured.</p>");
            return;
        }

        var scope = rows[0].Scope;
        var unresolved = rows.Sum(s => s.UnresolvedN) > 0 || ctx.Results.Items.UnresolvedProducers.Count > 0;
        h.Append($"<p>Own outputs: {(scope == SelfPreferenceScope.Model ? "the judge's own model's" : scope == SelfPreferenceScope.Lineage ? "those of the judge's family and lineage (models it was fine-tuned or distilled from, or that were from it)" : "those of the judge's family")} (<span class=\"mono\">selfPreference.scope: {EnumNames.Of(scope)}</span>).{(unresolved ? " Items whose producer the model catalog does not know (" + string.Join(", ", ctx.Results.Items.UnresolvedProducers.Keys.Order(StringComparer.Ordinal).Take(8)) + ") are left out, not counted as other." : string.Empty)}</p>");
        var bound = Axis.SymmetricBound(rows.SelectMany(s => new[] { s.Difference, s.DifferenceCi95.Lower, s.DifferenceCi95.Upper }));
        var axis = MiniChart.AxisOf(-bound, bound, 160);
        var step = bound / 2;
        var pairwise = ctx.IsPairwise;
        if (pairwise)
        {
            h.Append($"<p>On pairs with exactly one output from the judge's own family: how often the judge prefers that output, against how often the humans do (a tie counts one half). A positive difference is self-preference.</p>");
        }
        else
        {
            h.Append($"<p>Bias (mean judge − human) on outputs of the judge's own family against outputs of other families. A positive difference means the judge is more generous to its own family than humans are.</p>");
        }

        var shown = Abridged.Rows(h, rows, ctx.Options.JudgeLimit, "judges", "selfPreference");
        h.Append($"<div class=\"scroll\"><table class=\"sortable selfpref\"><caption>Self-preference by judge</caption><thead><tr><th scope=\"col\">Judge</th><th scope=\"col\">Family (related models)</th><th scope=\"col\" class=\"num\">Own n</th><th scope=\"col\" class=\"num\">Other n</th>");
        if (pairwise)
        {
            h.Append($"<th scope=\"col\" class=\"num\" title=\"how often the judge prefers the own-family output\">Judge own</th><th scope=\"col\" class=\"num\" title=\"how often the humans prefer it\">Human own</th>");
        }
        else
        {
            h.Append($"<th scope=\"col\" class=\"num\">Bias own</th><th scope=\"col\" class=\"num\">Bias others</th>");
        }

        h.Append($"<th scope=\"col\" class=\"num\">Difference</th><th scope=\"col\" class=\"num\">95% CI</th><th scope=\"col\" data-nosort=\"\">{MiniChart.AxisHeader(axis, step, t => Numbers.Signed(t, 2), "difference axis")}</th><th scope=\"col\" class=\"num\">p</th>");
        h.Append($"<th scope=\"col\" class=\"num\">{(pairwise ? "Acc. own" : "κ own")}</th><th scope=\"col\" class=\"num\">{(pairwise ? "Acc. others" : "κ others")}</th></tr></thead><tbody>");
        foreach (var s in shown)
        {
            h.Append($"<tr>");
            Cells.JudgeHeader(h, ctx, s.JudgeId);
            var family = string.IsNullOrWhiteSpace(s.Family) ? Families.Unknown : s.Family;
            h.Append($"<td class=\"fam related\" data-v=\"{family}\"><span class=\"chip {ctx.Families.ColourClass(family)}\" aria-hidden=\"true\"></span>{family}<span class=\"muted mono related-models\">{string.Join(", ", s.RelatedModels)}</span></td>");
            Cells.Num(h, s.OwnN);
            Cells.Num(h, s.OtherN);
            if (pairwise)
            {
                Cells.Num(h, s.JudgeOwnRate, Numbers.Percent(s.JudgeOwnRate));
                Cells.Num(h, s.HumanOwnRate, Numbers.Percent(s.HumanOwnRate));
            }
            else
            {
                Cells.Num(h, s.OwnBias, Numbers.Signed(s.OwnBias));
                Cells.Num(h, s.OtherBias, Numbers.Signed(s.OtherBias));
            }

            Cells.Num(h, s.Difference, Numbers.Signed(s.Difference));
            Cells.Num(h, s.DifferenceCi95.Lower, Numbers.Interval(s.DifferenceCi95));
            var label = s.JudgeId + ": self-preference difference " + Numbers.Signed(s.Difference) + ", 95% CI " + Numbers.Interval(s.DifferenceCi95);
            h.Append($"<td class=\"chart\">{MiniChart.Interval(axis, s.Difference, s.DifferenceCi95, step, [Reference.Plain(0)], label)}</td>");
            Cells.Num(h, s.PValue, Numbers.PValue(s.PValue));
            Cells.Num(h, s.OwnAgreement, Numbers.Fixed(s.OwnAgreement));
            Cells.Num(h, s.OtherAgreement, Numbers.Fixed(s.OtherAgreement));
            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div>");
        var tests = rows.Select(r => EnumNames.Of(r.Test)).Distinct(StringComparer.Ordinal).ToList();
        if (tests.Count > 0)
        {
            h.Append($"<p class=\"note\">p-values: {string.Join("; ", tests)}.</p>");
        }
    }
}
