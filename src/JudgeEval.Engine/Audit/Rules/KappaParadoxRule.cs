using System.Globalization;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>
/// The kappa paradox: kappa under kappaWarn while Gwet's AC and the raw accuracy reach it, with one human label holding at
/// least half the items. The low kappa then says more about the skewed labels than about the judge.
/// </summary>
public sealed class KappaParadoxRule : IAuditRule
{
    public static readonly DiagnosticDescriptor KappaParadox = new(
        "JE2030", "Low kappa from skewed labels (kappa paradox)", Severity.Info,
        "The judge's kappa is below `thresholds.kappaWarn`, but its raw accuracy and Gwet's AC1 (AC2 when weighted) reach it, and one human label holds at least half the items. With such a skew, kappa's chance term is large, so kappa is low even for a judge that agrees with the humans on most items.",
        "Read the per-category recall (report, `vsHuman.categoryRecall`): the judge may still miss the rare category. If it does not, gate on Gwet's AC with `task.gate: ac1`; better, label more items of the rare category.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [KappaParadox];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var warn = c.Thresholds.Value(ThresholdTable.KappaWarn);
        if (c.Results.Task is not { } task)
        {
            yield break;
        }

        foreach (var judge in c.HasHumanLabels ? c.Results.Judges : [])
        {
            if (judge.VsHuman is not { } vs || !(vs.Kappa < warn && vs.GwetAc >= warn && vs.RawAccuracy >= warn && vs.BaselineAccuracy >= 0.5) || vs.Prevalence is not { } prevalence)
            {
                continue;
            }

            var majority = Array.IndexOf(prevalence, prevalence.Max());
            var recall = string.Join(", ", (vs.CategoryRecall ?? []).Select((r, k) => $"{Category(task, k)}: {F(r)}"));
            var ac = task.Weighting == Statistics.Agreement.KappaWeighting.Unweighted ? "AC1" : "AC2";
            yield return KappaParadox.Create(
                $"Judge '{judge.Id}' has kappa {F(vs.Kappa)} below kappaWarn {F(warn)} while its raw accuracy is {F(vs.RawAccuracy)} and Gwet's {ac} {F(vs.GwetAc)}: {F(prevalence[majority] * 100, 0)}% of the human labels are {Category(task, majority)}, so always answering that already scores {F(vs.BaselineAccuracy)} and kappa's chance term is large (the kappa paradox). Recall per human label: {recall}.",
                c.Judge(judge.Id).At);
        }
    }

    static string Category(TaskInfo task, int k) => task.Kind == Data.TaskKind.Pairwise
        ? k switch { 0 => "first", 1 => "tie", _ => "second" }
        : task.Categories[k].ToString("0.###", CultureInfo.InvariantCulture);
}
