using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Resampling;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>An ensemble should agree with humans at least as well as its best member, compared on the items both rated.</summary>
public sealed class EnsembleBestMemberRule : IAuditRule
{
    public static readonly DiagnosticDescriptor EnsembleWorseThanBestMember = new(
        "JE4001", "Ensemble agrees less than its best member", Severity.Warning,
        "The ensemble's kappa against humans is below that of its best single member: weak or correlated members drag it down.",
        "Drop the weak members, use `method: weighted`, or gate on the best member.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [EnsembleWorseThanBestMember];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        foreach (var ensemble in c.Results.Ensembles.Where(e => e.EnsembleKappaCompared < e.BestMemberKappaCompared))
        {
            var all = ensemble.VsHuman;
            yield return EnsembleWorseThanBestMember.Create(
                $"Ensemble '{ensemble.Id}' ({EnumNames.Of(ensemble.Method)}) agrees with humans at kappa {F(ensemble.EnsembleKappaCompared)}, below its best member '{ensemble.BestMember}' at {F(ensemble.BestMemberKappaCompared)} on the {Plural.Count(ensemble.ComparedItems, "item")} both rated (the ensemble on all its items: {F(all?.Kappa ?? double.NaN)}, {Ci(all?.KappaCi95 ?? Interval.Undefined)}).",
                c.Manifest.Ensembles.First(e => e.Id == ensemble.Id).At);
        }
    }
}
