using JudgeEval.Engine.Reporting.Html.Charts;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>Per-judge table: identity, coverage, and agreement with humans with kappa's 95% CI drawn as a forest plot.</summary>
public static class JudgeSection
{
    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        h.Append($"<section id=\"{SectionIds.Judges}\" aria-labelledby=\"judges-h\"><h2 id=\"judges-h\">{SectionIds.TitleOf(SectionIds.Judges)}</h2>");
        if (r.Judges.Count == 0)
        {
            h.Append($"<p>No judges in this run.</p></section>");
            return;
        }

        if (!ctx.HasHumanLabels)
        {
            WriteUnlabelled(h, ctx);
        }
        else
        {
            WriteLabelled(h, ctx);
        }

        ConsistencyColumn.Chart(h, ctx);
        WriteMissing(h, ctx);
        h.Append($"</section>");
    }

    static void WriteLabelled(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        var shown = Abridged.Rows(h, r.Judges, ctx.Options.JudgeLimit, "judges", "judges");
        var lowest = shown.Select(Lowest).DefaultIfEmpty(0).Min();
        var altTest = r.Judges.Any(j => j.VsHuman?.AltTest is not null);
        var axis = MiniChart.AxisOf(lowest < -0.2 ? -1 : -0.2, 1, ConsistencyColumn.KappaChartWidth(ctx, 170));
        var step = axis.Min < -0.2 ? 0.5 : 0.2;
        h.Append($"<p>{Numbers.Count(r.Items.WithHumanLabel)} of {Numbers.Count(r.Items.Total)} items have a human label. κ is Cohen's kappa ({ctx.Weighting}) against the human labels; the bar is its 95% bootstrap interval, with {ctx.KappaReferenceText}. Bias is mean(judge − human): positive means the judge is more generous. ▾ marks a coverage or F1 below its gate (coverageMin, f1Min).{ConsistencyColumn.Note(ctx)}{Rounding(r)}</p>");
        HumansPanel.Write(h, ctx);
        h.Append($"<div class=\"scroll\"><table class=\"sortable judges\"><caption>Judges against the human labels ({Plural.Count(r.Judges.Count, "judge")})</caption><thead><tr>");
        h.Append($"<th scope=\"col\">Judge</th><th scope=\"col\">Model</th><th scope=\"col\">Family</th><th scope=\"col\">Provider</th><th scope=\"col\" class=\"num\">Coverage</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">κ</th><th scope=\"col\" class=\"num\">95% CI</th>");
        h.Append($"<th scope=\"col\" data-nosort=\"\">{MiniChart.AxisHeader(axis, step, t => Numbers.Fixed(t, 1), "kappa axis")}</th>");
        h.Append($"<th scope=\"col\" class=\"num\">Spearman</th><th scope=\"col\" class=\"num\">F1</th><th scope=\"col\" class=\"num\">Bias</th><th scope=\"col\">Band</th>{(altTest ? AltTestHeader : Markup.Empty)}");
        ConsistencyColumn.Header(h, ctx);
        h.Append($"</tr></thead><tbody>");
        foreach (var judge in shown)
        {
            var vs = judge.VsHuman;
            h.Append($"<tr data-judge=\"{judge.Id}\">");
            Cells.JudgeHeader(h, ctx, judge.Id);
            Model(h, judge);
            Cells.FamilyCell(h, ctx, judge.Family);
            Cells.Text(h, judge.Provider);
            Coverage(h, ctx, judge);
            Cells.Num(h, vs?.N, vs is null ? Numbers.Undefined : Numbers.Count(vs.N));
            Cells.Num(h, vs?.Kappa, Numbers.Fixed(vs?.Kappa));
            Cells.Num(h, vs?.KappaCi95.Lower, Numbers.Interval(vs?.KappaCi95));
            var label = judge.Id + ": kappa " + Numbers.Fixed(vs?.Kappa) + ", 95% CI " + Numbers.Interval(vs?.KappaCi95);
            h.Append($"<td class=\"chart\">{(vs is null ? Markup.Empty : MiniChart.Interval(axis, vs.Kappa, vs.KappaCi95, step, ctx.KappaReferences, label))}</td>");
            Cells.Num(h, vs?.Spearman, Numbers.Fixed(vs?.Spearman));
            var lowF1 = r.Thresholds is { } t && vs?.F1 < t.Value(ThresholdTable.F1Min);
            h.Append($"<td class=\"num{(lowF1 ? " below f1" : string.Empty)}\" data-v=\"{Numbers.Key(vs?.F1)}\"{(lowF1 ? new Markup(" title=\"below f1Min\"") : Markup.Empty)}>{Numbers.Fixed(vs?.F1)}{(lowF1 ? " ▾" : string.Empty)}</td>");
            Cells.Num(h, vs?.Bias, Numbers.Signed(vs?.Bias));
            Cells.BandCell(h, vs?.Band);
            if (altTest)
            {
                HumansPanel.AltTestCell(h, vs?.AltTest);
            }

            ConsistencyColumn.Cell(h, ctx, judge);
            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div>");
    }

    static readonly Markup AltTestHeader = new("<th scope=\"col\" class=\"num\" title=\"alternative annotator test: the share of annotators the judge represents the others better than (pass at 0.50)\">Alt-test</th>");

    /// <summary>Says how fractional labels became grades, when the labels had any.</summary>
    static string Rounding(EvalResults r) =>
        r.Judges.Select(j => j.VsHuman?.LabelRounding).FirstOrDefault(x => x is not null) is { } rounding && r.Humans is { ItemsWithSeveral: > 0 }
            ? " Fractional consensus labels are rounded to grades (" + EnumNames.Of(rounding) + ") for κ, F1 and the confusion table; bias and Spearman use the exact labels."
            : string.Empty;

    /// <summary>Without human labels there is nothing to agree with: identity and coverage only, and where to look instead.</summary>
    static void WriteUnlabelled(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        var shown = Abridged.Rows(h, r.Judges, ctx.Options.JudgeLimit, "judges", "judges");
        h.Append($"<p class=\"nolabels\">No item has a human label, so agreement with humans (κ, Spearman, F1, bias) is not measured and no judge is gated on it. What this run can show: how much the judges agree with each other (<a href=\"#{SectionIds.Agreement}\">{SectionIds.TitleOf(SectionIds.Agreement)}</a>) and how far the headline metrics move with the choice of judge (<a href=\"#{SectionIds.Metrics}\">{SectionIds.TitleOf(SectionIds.Metrics)}</a>).{ConsistencyColumn.Note(ctx)}</p>");
        h.Append($"<div class=\"scroll\"><table class=\"sortable judges\"><caption>Judges ({Numbers.Count(r.Judges.Count)}, no human labels)</caption><thead><tr>");
        h.Append($"<th scope=\"col\">Judge</th><th scope=\"col\">Model</th><th scope=\"col\">Family</th><th scope=\"col\">Provider</th><th scope=\"col\" class=\"num\">Coverage</th><th scope=\"col\" class=\"num\">Valid</th><th scope=\"col\" class=\"num\">Items</th>");
        ConsistencyColumn.Header(h, ctx);
        h.Append($"</tr></thead><tbody>");
        foreach (var judge in shown)
        {
            h.Append($"<tr data-judge=\"{judge.Id}\">");
            Cells.JudgeHeader(h, ctx, judge.Id);
            Model(h, judge);
            Cells.FamilyCell(h, ctx, judge.Family);
            Cells.Text(h, judge.Provider);
            Coverage(h, ctx, judge);
            Cells.Num(h, judge.Valid);
            Cells.Num(h, judge.Items);
            ConsistencyColumn.Cell(h, ctx, judge);
            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div>");
    }

    /// <summary>Where a judge's kappa interval starts on the axis: its lower bound, else its kappa, else 0.</summary>
    static double Lowest(JudgeResult judge) =>
        judge.VsHuman is not { } vs ? 0
        : double.IsFinite(vs.KappaCi95.Lower) ? vs.KappaCi95.Lower
        : double.IsFinite(vs.Kappa) ? vs.Kappa
        : 0;

    static void Model(HtmlBuilder h, JudgeResult judge)
    {
        var resolved = judge.ResolvedModel is { } rm && !string.Equals(rm, judge.Model, StringComparison.Ordinal) ? " → " + rm : string.Empty;
        h.Append($"<td class=\"mono model\" data-v=\"{judge.Model}\">{Breakable(judge.Model)}{resolved}</td>");
    }

    /// <summary>Coverage below the coverageMin gate is marked (in words too, for readers who do not see the colour).</summary>
    static void Coverage(HtmlBuilder h, ReportContext ctx, JudgeResult judge)
    {
        var min = ctx.Results.Thresholds?.Value(ThresholdTable.CoverageMin) ?? double.NaN;
        var below = judge.Coverage < min;
        var title = Numbers.Count(judge.Valid) + " of " + Numbers.Count(judge.Items) + " valid" + (below ? ", below coverageMin " + Numbers.Percent(min) : string.Empty);
        h.Append($"<td class=\"num cov{(below ? " below" : string.Empty)}\" data-v=\"{Numbers.Key(judge.Coverage)}\" title=\"{title}\">{Numbers.Percent(judge.Coverage)}{(below ? " ▾" : string.Empty)}</td>");
    }

    static void WriteMissing(HtmlBuilder h, ReportContext ctx)
    {
        var incomplete = ctx.Results.Judges.Where(j => j.Missing.Count > 0).ToList();
        if (incomplete.Count == 0)
        {
            return;
        }

        h.Append($"<h3>Missing verdicts</h3>");
        var shown = Abridged.Rows(h, incomplete, ctx.Options.JudgeLimit, "judges with missing verdicts", "judges[].missing");
        h.Append($"<ul class=\"missing\">");
        foreach (var judge in shown)
        {
            var reasons = string.Join(", ", judge.Missing.OrderByDescending(m => m.Value).Select(m => Numbers.Count(m.Value) + " " + m.Key));
            h.Append($"<li><b>{judge.Id}</b>: {Numbers.Count(judge.Items - judge.Valid)} of {Numbers.Count(judge.Items)} missing ({reasons})</li>");
        }

        h.Append($"</ul>");
    }

    /// <summary>Lets a long "provider/model" id wrap after its slashes instead of mid-word.</summary>
    static Markup Breakable(string model)
    {
        var h = new HtmlBuilder();
        var parts = model.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            h.Append($"<span class=\"nw\">{parts[i]}{(i < parts.Length - 1 ? "/" : string.Empty)}</span>");
            if (i < parts.Length - 1)
            {
                h.Append($"<wbr>");
            }
        }

        return h.ToMarkup();
    }
}
