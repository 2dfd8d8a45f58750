using JudgeEval.Engine.Reporting.Html.Charts;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>Each ensemble against its best member, and two-pass routing's cost and agreement against the full ensemble.</summary>
public static class EnsembleSection
{
    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        h.Append($"<section id=\"{SectionIds.Ensembles}\" aria-labelledby=\"ensembles-h\"><h2 id=\"ensembles-h\">{SectionIds.TitleOf(SectionIds.Ensembles)}</h2>");
        if (r.Ensembles.Count == 0)
        {
            h.Append($"<p>No ensembles are defined in the manifest.</p>");
        }
        else
        {
            WriteEnsembles(h, ctx, r.Ensembles);
        }

        WriteRouting(h, r.Routing);
        h.Append($"</section>");
    }

    static void WriteEnsembles(HtmlBuilder h, ReportContext ctx, IReadOnlyList<EnsembleResult> ensembles)
    {
        if (!ctx.HasHumanLabels)
        {
            WriteUnlabelled(h, ensembles);
            return;
        }

        var axis = MiniChart.AxisOf(-0.2, 1);
        h.Append($"<p>An ensemble earns its cost only if it agrees with humans better than its best single member. The point is the ensemble's κ with its 95% interval; the pink diamond is the best member's κ on its own items; {ctx.KappaReferenceText}. Gain compares the two on the n items the ensemble, the best member and the humans all rated (the comparison of JE4001 and results.json's ensembleKappaCompared − bestMemberKappaCompared), so a member that judged only easy items is not compared on easier ground.</p>");

        h.Append($"<div class=\"scroll\"><table class=\"sortable ensembles\"><caption>Ensembles against their best member</caption><thead><tr><th scope=\"col\">Ensemble</th><th scope=\"col\">Method</th><th scope=\"col\">Members</th><th scope=\"col\" class=\"num\">Coverage</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">κ</th><th scope=\"col\" class=\"num\">95% CI</th>");
        h.Append($"<th scope=\"col\" data-nosort=\"\">{MiniChart.AxisHeader(axis, 0.2, t => Numbers.Fixed(t, 1), "kappa axis")}</th><th scope=\"col\">Best member</th><th scope=\"col\" class=\"num\">Best member κ</th><th scope=\"col\" class=\"num\" title=\"ensemble κ minus best member κ, both on the items both rated\">Gain</th></tr></thead><tbody>");
        foreach (var e in ensembles)
        {
            var vs = e.VsHuman;
            var gain = e.EnsembleKappaCompared - e.BestMemberKappaCompared;
            h.Append($"<tr><th scope=\"row\">{e.Id}</th><td>{EnumNames.Of(e.Method)}</td><td class=\"members\">{string.Join(", ", e.Members)}</td>");
            Cells.Num(h, e.Coverage, Numbers.Percent(e.Coverage));
            Cells.Num(h, vs?.N, vs is null ? Numbers.Undefined : Numbers.Count(vs.N));
            Cells.Num(h, vs?.Kappa, Numbers.Fixed(vs?.Kappa));
            Cells.Num(h, vs?.KappaCi95.Lower, Numbers.Interval(vs?.KappaCi95));
            var label = e.Id + ": kappa " + Numbers.Fixed(vs?.Kappa) + ", 95% CI " + Numbers.Interval(vs?.KappaCi95) + "; best member " + (e.BestMember ?? Numbers.Undefined) + " " + Numbers.Fixed(e.BestMemberKappa);
            h.Append($"<td class=\"chart\">{WithMember(MiniChart.Interval(axis, vs?.Kappa, vs?.KappaCi95 ?? Interval.Undefined, 0.2, ctx.KappaReferences, label), axis, e.BestMemberKappa)}</td>");
            Cells.Text(h, e.BestMember);
            Cells.Num(h, e.BestMemberKappa, Numbers.Fixed(e.BestMemberKappa));
            // The n goes under the value: the table already fills the page's width.
            h.Append($"<td class=\"num\" data-v=\"{Numbers.Key(gain)}\">{Numbers.Signed(gain)}{(double.IsFinite(gain) ? new HtmlBuilder().Append($"<br><span class=\"muted\">n {Numbers.Count(e.ComparedItems)}</span>").ToMarkup() : Markup.Empty)}</td>");
            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div>");
    }

    static void WriteUnlabelled(HtmlBuilder h, IReadOnlyList<EnsembleResult> ensembles)
    {
        h.Append($"<p class=\"nolabels\">Without human labels neither an ensemble's κ nor its best member can be measured, so whether an ensemble earns its cost is not known; the table lists each ensemble's make-up and coverage.</p>");
        h.Append($"<div class=\"scroll\"><table class=\"sortable ensembles\"><caption>Ensembles (no human labels)</caption><thead><tr><th scope=\"col\">Ensemble</th><th scope=\"col\">Method</th><th scope=\"col\">Members</th><th scope=\"col\" class=\"num\">Items</th><th scope=\"col\" class=\"num\">Coverage</th></tr></thead><tbody>");
        foreach (var e in ensembles)
        {
            h.Append($"<tr><th scope=\"row\">{e.Id}</th><td>{EnumNames.Of(e.Method)}</td><td class=\"members\">{string.Join(", ", e.Members)}</td>");
            Cells.Num(h, e.Items);
            Cells.Num(h, e.Coverage, Numbers.Percent(e.Coverage));
            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div>");
    }

    /// <summary>Adds the best member's kappa as a second mark before the chart's closing tag.</summary>
    static Markup WithMember(Markup chart, Axis axis, double? memberKappa)
    {
        if (memberKappa is not { } k || !double.IsFinite(k))
        {
            return chart;
        }

        var mark = new HtmlBuilder().Append($"<rect class=\"pt alt\" x=\"{Numbers.Coord(axis.X(k) - 3.5)}\" y=\"{Numbers.Coord((MiniChart.Height / 2.0) - 3.5)}\" width=\"7\" height=\"7\" transform=\"rotate(45 {Numbers.Coord(axis.X(k))} {Numbers.Coord(MiniChart.Height / 2.0)})\"/></svg>").ToMarkup();
        return new Markup(chart.Html[..^"</svg>".Length] + mark.Html);
    }

    static void WriteRouting(HtmlBuilder h, Routing? routing)
    {
        h.Append($"<h3 id=\"routing\">Two-pass routing</h3>");
        if (routing is null)
        {
            h.Append($"<p>No routing is configured.</p>");
            return;
        }

        var band = routing.Band.Length == 2 ? "[" + Numbers.Fixed(routing.Band[0]) + ", " + Numbers.Fixed(routing.Band[1]) + "]" : string.Join(", ", routing.Band.Select(b => Numbers.Fixed(b)));
        var share = routing.Items == 0 ? (double?)null : (double)routing.Escalated / routing.Items;
        h.Append($"<p>The cheap judge <b>{routing.First}</b> scores every item; items whose score falls in the band {band} are escalated to <b>{routing.Ensemble}</b>. Replayed on the recorded verdicts: {Numbers.Count(routing.Escalated)} of {Numbers.Count(routing.Items)} items escalated ({Numbers.Percent(share)}).</p>");
        h.Append($"<table class=\"routing\"><caption>Routing against the full ensemble</caption><thead><tr><th scope=\"col\"></th><th scope=\"col\" class=\"num\">Judge calls</th><th scope=\"col\" class=\"num\">Cost</th><th scope=\"col\" class=\"num\">κ vs humans</th></tr></thead><tbody>");
        h.Append($"<tr><th scope=\"row\">Two-pass routing</th>");
        Cells.Num(h, routing.RoutedCalls);
        Cells.Num(h, routing.RoutedCost, Numbers.Fixed(routing.RoutedCost, 4));
        Cells.Num(h, routing.RoutedKappa, Numbers.Fixed(routing.RoutedKappa));
        h.Append($"</tr><tr><th scope=\"row\">Full ensemble</th>");
        Cells.Num(h, routing.FullEnsembleCalls);
        Cells.Num(h, routing.FullEnsembleCost, Numbers.Fixed(routing.FullEnsembleCost, 4));
        Cells.Num(h, routing.FullEnsembleKappa, Numbers.Fixed(routing.FullEnsembleKappa));
        h.Append($"</tr></tbody></table>");
        if (routing.FullEnsembleCalls > 0)
        {
            var saved = 1 - ((double)routing.RoutedCalls / routing.FullEnsembleCalls);
            h.Append($"<p>Routing saves {Numbers.Percent(saved)} of the judge calls; κ changes by {Numbers.Signed(routing.RoutedKappa - routing.FullEnsembleKappa)}.</p>");
        }
    }
}
