using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Html.Charts;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>
/// Kappa beside what it is easily misread against: how the human labels spread over the categories, the raw accuracy,
/// the accuracy of always answering the most frequent label, Gwet's AC and each label's recall (the kappa paradox).
/// </summary>
public static class KappaParadoxSection
{
    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        h.Append($"<section id=\"{SectionIds.KappaParadox}\" aria-labelledby=\"kappa-paradox-h\"><h2 id=\"kappa-paradox-h\">{SectionIds.TitleOf(SectionIds.KappaParadox)}</h2>");
        var judges = r.Judges.Where(j => j.VsHuman is { N: > 0 }).ToList();
        if (judges.Count == 0)
        {
            h.Append($"<p>No judge has verdicts on human-labelled items, so there is nothing to compare.</p></section>");
            return;
        }

        var ac = ctx.Task.Weighting == KappaWeighting.Unweighted ? "AC1" : "AC2";
        var gate = ctx.Task.Gate == AgreementGate.Ac1
            ? $"The gate compares Gwet's {ac} with kappaWarn and kappaFail (task.gate: ac1)."
            : "The gate compares kappa (set task.gate: ac1 to gate on Gwet's AC instead).";
        h.Append($"<p>When one human label dominates, kappa's chance term is large: a judge can agree with the humans on most items and still get a low kappa (the kappa paradox). Read kappa beside the raw accuracy (exact agreement), the accuracy of a constant answer (always the most frequent human label), Gwet's {ac} (same weighting as kappa; its chance term is not inflated by skew) and the recall of each human label, which shows whether the rare label is found at all. {gate}</p>");
        var names = ctx.Task.Categories.Select(c => ctx.Verdict(c)).ToList();
        var axis = MiniChart.AxisOf(-0.2, 1, 150);
        h.Append($"<div class=\"scroll\"><table class=\"sortable paradox\"><caption>Kappa, accuracy and the human label distribution by judge</caption><thead><tr><th scope=\"col\">Judge</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">κ</th><th scope=\"col\" class=\"num\">Gwet's {ac}</th><th scope=\"col\" class=\"num\">{ac} 95% CI</th>");
        h.Append($"<th scope=\"col\" data-nosort=\"\">{MiniChart.AxisHeader(axis, 0.2, t => Numbers.Fixed(t, 1), ac + " axis")}</th><th scope=\"col\" class=\"num\">Raw accuracy</th><th scope=\"col\" class=\"num\" title=\"always the most frequent human label\">Constant answer</th><th scope=\"col\" data-nosort=\"\">Human labels</th><th scope=\"col\">Recall per human label</th></tr></thead><tbody>");
        foreach (var judge in Abridged.Rows(h, judges, ctx.Options.JudgeLimit, "judges", "judges[].vsHuman"))
        {
            var vs = judge.VsHuman!;
            h.Append($"<tr>");
            Cells.JudgeHeader(h, ctx, judge.Id);
            Cells.Num(h, vs.N);
            Cells.Num(h, vs.Kappa, Numbers.Fixed(vs.Kappa));
            Cells.Num(h, vs.GwetAc, Numbers.Fixed(vs.GwetAc));
            Cells.Num(h, vs.GwetAcCi95.Lower, Numbers.Interval(vs.GwetAcCi95));
            h.Append($"<td class=\"chart\">{MiniChart.Interval(axis, vs.GwetAc, vs.GwetAcCi95, 0.2, ctx.KappaReferences, judge.Id + ": Gwet's " + ac + " " + Numbers.Fixed(vs.GwetAc) + ", 95% CI " + Numbers.Interval(vs.GwetAcCi95) + "; kappa " + Numbers.Fixed(vs.Kappa))}</td>");
            Cells.Num(h, vs.RawAccuracy, Numbers.Percent(vs.RawAccuracy));
            Cells.Num(h, vs.BaselineAccuracy, Numbers.Percent(vs.BaselineAccuracy));
            var prevalence = vs.Prevalence ?? [];
            var spread = string.Join(", ", prevalence.Select((p, k) => names[k] + " " + Numbers.Percent(p, 0)));
            h.Append($"<td class=\"chart\">{ShareBar.Draw(prevalence, names, 150, judge.Id + ": human labels " + spread)}</td>");
            var recall = string.Join(" · ", (vs.CategoryRecall ?? []).Select((v, k) => names[k] + " " + Numbers.Percent(v, 0)));
            h.Append($"<td>{recall}</td>");
            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div>");
        if (ctx.Task.Kind == TaskKind.Pointwise && ctx.Task.Categories.Count == 2)
        {
            h.Append($"<p class=\"note\">On this binary task the recall of {names[1]} is the true positive rate and the recall of {names[0]} the true negative rate.</p>");
        }

        h.Append($"</section>");
    }
}
