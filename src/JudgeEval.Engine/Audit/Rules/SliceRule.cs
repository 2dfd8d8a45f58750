using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>
/// A judge that passes overall can still fail part of the data: per `slices:` field, the values where its kappa is under
/// kappaFail (the point estimate, or the lower bound with gateOnLowerBound) on at least minSliceItems labelled items it
/// rated. One finding per judge and field, at the `slices:` entry.
/// </summary>
public sealed class SliceRule : IAuditRule
{
    public static readonly DiagnosticDescriptor BelowOnSlice = new(
        "JE2015", "Judge fails on a slice", Severity.Warning,
        "The judge passes the kappa gate overall, but on the items of one value of a `slices:` field (a producing model, a query, a tag) with at least `thresholds.minSliceItems` labelled items, its kappa against the humans is below `thresholds.kappaFail`: the overall figure hides a part of the data it cannot judge.",
        "Do not trust the judge on that slice: route those items to another judge or to humans, or improve the rubric for them and re-audit.");

    /// <summary>Values named in one message before the rest are counted.</summary>
    const int Listed = 5;

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [BelowOnSlice];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var t = c.Thresholds;
        var onLowerBound = t.IsOn(ThresholdTable.GateOnLowerBound);
        var fail = t.Value(ThresholdTable.KappaFail);
        var min = t.Value(ThresholdTable.MinSliceItems);
        foreach (var judge in c.HasHumanLabels ? c.Results.Judges : [])
        {
            if (judge.VsHuman is not { } vs || !(Gated(vs.Kappa, vs.KappaCi95.Lower, onLowerBound) >= fail))
            {
                continue;
            }

            foreach (var slice in c.Manifest.Slices)
            {
                var failing = c.Results.Slices
                    .Where(s => s.Field == slice.Name)
                    .Select(s => (Slice: s, Judge: s.Judges.Find(j => j.Id == judge.Id)))
                    .Where(s => s.Judge is { } j && j.N >= min && Gated(j.Kappa, j.KappaCi95.Lower, onLowerBound) < fail)
                    .ToList();
                if (failing.Count == 0)
                {
                    continue;
                }

                var named = string.Join("; ", failing.Take(Listed).Select(f => $"{slice.Name} = '{f.Slice.Value}': kappa {F(f.Judge!.Kappa)} ({Ci(f.Judge.KappaCi95)}, n = {f.Judge.N})"));
                var more = failing.Count > Listed ? $"; and {failing.Count - Listed} more" : string.Empty;
                yield return BelowOnSlice.Create(
                    $"Judge '{judge.Id}' passes overall (kappa {F(vs.Kappa)}) but falls below kappaFail {F(fail)}{(onLowerBound ? " (lower bound)" : string.Empty)} on {failing.Count} {slice.Name} slice{(failing.Count == 1 ? string.Empty : "s")} with at least minSliceItems {min:0} labelled items: {named}{more}.",
                    slice.At);
            }
        }
    }

    static double Gated(double kappa, double lower, bool onLowerBound) => onLowerBound ? lower : kappa;
}
