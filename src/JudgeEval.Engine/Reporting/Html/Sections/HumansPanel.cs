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

        var first = tests[0].VsHuman!.AltTest!;
        h.Append($"<p>The alternative annotator test (Calderon, Reichart and Dror, ACL 2025) leaves each annotator out in turn and asks whether the judge represents the remaining annotators at least as well as the left-out one does ({EnumNames.Of(first.Scoring)} against the others' labels), allowing the judge ε = {Numbers.Fixed(first.Epsilon)}; one-sided t-tests, Benjamini-Yekutieli at q = {Numbers.Fixed(first.Fdr)}. A judge passes when it wins against at least half of the annotators with {Numbers.Count(first.MinItems)} or more shared items. ρ: how often the judge (the annotator) represents the others at least as well.</p>");
        h.Append($"<div class=\"scroll\"><table class=\"sortable alttest\"><caption>Alternative annotator test by judge</caption><thead><tr><th scope=\"col\">Judge</th><th scope=\"col\" class=\"num\">Items</th><th scope=\"col\" class=\"num\">Annotators tested</th><th scope=\"col\" class=\"num\">Won against</th><th scope=\"col\" class=\"num\">Winning rate</th><th scope=\"col\">Outcome</th><th scope=\"col\" class=\"num\">Advantage ρ</th></tr></thead><tbody>");
        foreach (var judge in Abridged.Rows(h, tests, ctx.Options.JudgeLimit, "judges", "judges[].vsHuman.altTest"))
        {
            var t = judge.VsHuman!.AltTest!;
            h.Append($"<tr>");
            Cells.JudgeHeader(h, ctx, judge.Id);
            Cells.Num(h, t.Items);
            Cells.Num(h, t.PerAnnotator.Count(a => a.Tested));
            Cells.Num(h, t.PerAnnotator.Count(a => a.Rejected));
            Cells.Num(h, t.WinningRate, Numbers.Fixed(t.WinningRate));
            h.Append($"<td>{Outcome(t)}</td>");
            Cells.Num(h, t.AdvantageProbability, Numbers.Fixed(t.AdvantageProbability));
            h.Append($"</tr>");
        }

        h.Append($"</tbody></table></div>");
        WriteAnnotators(h, ctx, tests);
    }

    /// <summary>One row per judge and tested annotator, behind a disclosure: there may be many of both.</summary>
    static void WriteAnnotators(HtmlBuilder h, ReportContext ctx, List<JudgeResult> tests)
    {
        h.Append($"<details><summary>Per left-out annotator</summary><div class=\"scroll\"><table class=\"sortable altannotators\"><caption>Alternative annotator test by judge and left-out annotator</caption><thead><tr><th scope=\"col\">Judge</th><th scope=\"col\">Annotator</th><th scope=\"col\" class=\"num\">Items</th><th scope=\"col\" class=\"num\">Judge ρ</th><th scope=\"col\" class=\"num\">Annotator ρ</th><th scope=\"col\" class=\"num\">p</th><th scope=\"col\">Judge wins</th></tr></thead><tbody>");
        foreach (var judge in tests)
        {
            foreach (var a in judge.VsHuman!.AltTest!.PerAnnotator.Where(a => a.Tested))
            {
                h.Append($"<tr>");
                Cells.JudgeHeader(h, ctx, judge.Id);
                Cells.Text(h, a.Annotator);
                Cells.Num(h, a.Items);
                Cells.Num(h, a.JudgeAdvantage, Numbers.Fixed(a.JudgeAdvantage));
                Cells.Num(h, a.HumanAdvantage, Numbers.Fixed(a.HumanAdvantage));
                Cells.Num(h, a.PValue, Numbers.Fixed(a.PValue, 3));
                h.Append($"<td>{(a.Rejected ? "yes" : "no")}</td></tr>");
            }
        }

        h.Append($"</tbody></table></div></details>");
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
