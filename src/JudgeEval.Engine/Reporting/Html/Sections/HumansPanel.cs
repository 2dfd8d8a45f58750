using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>
/// The human ceiling beside the judges: how much the annotators agree with each other (the line the judges' kappas are
/// read against), and the alternative annotator test per judge and left-out annotator.
/// </summary>
public static class HumansPanel
{
    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        if (ctx.Results.Humans is not { Annotators: >= 2 } humans)
        {
            return;
        }

        var weighting = humans.Weighting == KappaWeighting.Unweighted ? "unweighted" : EnumNames.Of(humans.Weighting) + " weighting";
        h.Append($"<h3 id=\"human-ceiling\">The human ceiling</h3>");
        h.Append($"<p>{Numbers.Count(humans.Annotators)} annotators labelled {Numbers.Count(humans.Items)} items; {Numbers.Count(humans.ItemsWithSeveral)} items have two or more annotators, whose labels are combined by {EnumNames.Of(humans.Consensus)}. ");
        if (double.IsFinite(humans.MeanPairwiseKappa) || double.IsFinite(humans.Alpha))
        {
            h.Append($"The annotators agree with each other at a mean pairwise κ of <b>{Numbers.Fixed(humans.MeanPairwiseKappa)}</b> ({weighting}, {Numbers.Count(humans.Pairs)} annotator pairs, weighted by shared items; the green dotted line in the forest plot) and Krippendorff's α ({EnumNames.Of(humans.AlphaLevel)}) of {Numbers.Fixed(humans.Alpha)}. A judge near that line agrees with the humans about as well as they agree with each other.</p>");
        }
        else
        {
            h.Append($"Too few items have several annotators (minCalibrationItems) to measure how much the annotators agree with each other.</p>");
        }

        var tests = ctx.Results.Judges.Where(j => j.VsHuman?.AltTest is not null).ToList();
        if (tests.Count == 0)
        {
            return;
        }

        var annotators = tests.SelectMany(j => j.VsHuman!.AltTest!.PerAnnotator).Where(a => a.Tested).Select(a => a.Annotator).Distinct(StringComparer.Ordinal).ToList();
        var first = tests[0].VsHuman!.AltTest!;
        h.Append($"<p>The alternative annotator test (Calderon, Reichart and Dror, ACL 2025) leaves each annotator out in turn and asks whether the judge represents the remaining annotators at least as well as the left-out one does ({EnumNames.Of(first.Scoring)} against the others' labels), allowing the judge ε = {Numbers.Fixed(first.Epsilon)}; one-sided t-tests, Benjamini-Yekutieli at q = {Numbers.Fixed(first.Fdr)}. A judge passes when it wins against at least half of the annotators with {Numbers.Count(first.MinItems)} or more shared items. ρ: how often the judge (the annotator) represents the others at least as well.</p>");
        h.Append($"<div class=\"scroll\"><table class=\"sortable alttest\"><caption>Alternative annotator test by judge</caption><thead><tr><th scope=\"col\">Judge</th><th scope=\"col\" class=\"num\">Items</th><th scope=\"col\" class=\"num\">Winning rate</th><th scope=\"col\">Outcome</th><th scope=\"col\" class=\"num\">Advantage ρ</th>");
        foreach (var annotator in annotators)
        {
            h.Append($"<th scope=\"col\" class=\"num\" title=\"{annotator} left out: judge ρ / annotator ρ, one-sided p\">{annotator}</th>");
        }

        h.Append($"</tr></thead><tbody>");
        foreach (var judge in tests)
        {
            var t = judge.VsHuman!.AltTest!;
            h.Append($"<tr>");
            Cells.JudgeHeader(h, ctx, judge.Id);
            Cells.Num(h, t.Items);
            Cells.Num(h, t.WinningRate, Numbers.Fixed(t.WinningRate));
            h.Append($"<td>{Outcome(t)}</td>");
            Cells.Num(h, t.AdvantageProbability, Numbers.Fixed(t.AdvantageProbability));
            foreach (var annotator in annotators)
            {
                var a = t.PerAnnotator.FirstOrDefault(p => p.Annotator == annotator && p.Tested);
                var shown = a is null ? Numbers.Undefined : Numbers.Fixed(a.JudgeAdvantage) + " / " + Numbers.Fixed(a.HumanAdvantage) + ", p " + Numbers.Fixed(a.PValue, 3) + (a.Rejected ? " ✓" : string.Empty);
                Cells.Num(h, a?.PValue, shown);
            }

            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div><p class=\"note\">✓: the judge wins against that annotator (its hypothesis rejected after FDR control).</p>");
    }

    /// <summary>The judges table's cell: the winning rate and whether the judge passed.</summary>
    public static void AltTestCell(HtmlBuilder h, AltTestResult? t)
    {
        if (t is null)
        {
            h.Append($"<td class=\"num\" data-v=\"\">{Numbers.Undefined}</td>");
            return;
        }

        var failed = t.Passed == false;
        h.Append($"<td class=\"num{(failed ? " below" : string.Empty)}\" data-v=\"{Numbers.Key(t.WinningRate)}\">{Outcome(t)}</td>");
    }

    static string Outcome(AltTestResult t) => t.Passed switch
    {
        null => "not run",
        true => "pass " + Numbers.Fixed(t.WinningRate),
        false => "fail " + Numbers.Fixed(t.WinningRate),
    };
}
