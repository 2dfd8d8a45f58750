using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Annotators;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>
/// Is the judge as good as a person? The alternative annotator test against the individual annotators: a judge that
/// wins against fewer than half of them fails it (JE2012); where several annotators labelled the same items but none
/// labelled enough of them, the test could not run (JE2013).
/// </summary>
public sealed class AltTestRule : IAuditRule
{
    public static readonly DiagnosticDescriptor Failed = new(
        "JE2012", "Judge fails the alternative annotator test", Severity.Warning,
        "Left out one at a time, the human annotators represent the others better than the judge does, even after the judge is allowed `thresholds.altTestEpsilon` (the alternative annotator test of Calderon, Reichart and Dror, ACL 2025, with Benjamini-Yekutieli FDR control): the judge wins against fewer than half of them, so it cannot be said to replace a human annotator.",
        "Keep humans in the loop for this task, or improve the judge (rubric, few-shot examples, a stronger model) and re-test; check that altTestEpsilon suits the annotators (0.2 experts, 0.15 skilled, 0.1 crowd workers).");

    public static readonly DiagnosticDescriptor NotRun = new(
        "JE2013", "Alternative annotator test not run", Severity.Info,
        "Several annotators labelled the same items, but no annotator has the 30 items (with a verdict and at least one other annotator) the test needs for its t-tests, so whether the judge is as good as a person was not tested.",
        "Have at least two (better three) annotators label the same 50-100 items.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [Failed, NotRun];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var notRun = new List<string>();
        foreach (var judge in c.HasHumanLabels ? c.Results.Judges : [])
        {
            if (judge.VsHuman?.AltTest is not { } t)
            {
                continue;
            }

            if (t.Passed is null)
            {
                notRun.Add(judge.Id);
            }
            else if (t.Passed == false)
            {
                yield return Failed.Create(
                    $"Judge '{judge.Id}' fails the alternative annotator test: it wins against {t.PerAnnotator.Count(a => a.Rejected)} of {t.PerAnnotator.Count(a => a.Tested)} annotators (winning rate {F(t.WinningRate)}, below 0.50; epsilon {F(t.Epsilon)}, {EnumNames.Of(t.Scoring)}, BY q = {F(t.Fdr)}, {t.Items} items); advantage probability {F(t.AdvantageProbability)}. {Annotators(t)}.",
                    c.Judge(judge.Id).At);
            }
        }

        if (notRun.Count > 0)
        {
            var at = c.Manifest.HumanLabelsAt ?? c.Manifest.At;
            var most = c.Results.Judges.Select(j => j.VsHuman?.AltTest).OfType<AltTestResult>().SelectMany(t => t.PerAnnotator).Select(a => a.Items).DefaultIfEmpty(0).Max();
            yield return NotRun.Create(
                $"The alternative annotator test could not run for {string.Join(", ", notRun.Select(j => $"'{j}'"))}: no annotator has {AlternativeAnnotatorTest.MinItems} items with a verdict and another annotator's label (the most is {most}).",
                at);
        }
    }

    static string Annotators(AltTestResult t) => "Per annotator: " + string.Join("; ", t.PerAnnotator.Where(a => a.Tested).Select(a =>
        $"{a.Annotator} ({a.Items} items) judge {F(a.JudgeAdvantage)} vs human {F(a.HumanAdvantage)}, {P(a.PValue)}{(a.Rejected ? ", judge wins" : "")}"));
}
