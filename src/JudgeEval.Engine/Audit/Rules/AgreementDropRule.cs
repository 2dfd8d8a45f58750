using JudgeEval.Engine.Diagnostics;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>Against a baseline run: a judge whose baseline kappa lies above this run's 95% interval has drifted.</summary>
public sealed class AgreementDropRule : IAuditRule
{
    public static readonly DiagnosticDescriptor AgreementDropped = new(
        "JE2006", "Agreement dropped against the baseline", Severity.Warning,
        "The judge's kappa against humans is lower than in the baseline run, beyond this run's 95% interval.",
        "Investigate the change (judge version, prompt, data drift) before trusting the scores.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [AgreementDropped];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        foreach (var judge in c.HasHumanLabels && c.Baseline is not null ? c.Results.Judges : [])
        {
            if (judge.VsHuman is { } vs && !double.IsNaN(vs.Kappa)
                && c.Baseline!.Judge(judge.Id)?.VsHuman?.Kappa is { } before && before > vs.KappaCi95.Upper)
            {
                yield return AgreementDropped.Create(
                    $"Judge '{judge.Id}' kappa fell from {F(before)} in the baseline to {F(vs.Kappa)} ({Ci(vs.KappaCi95)}).", c.Judge(judge.Id).At);
            }
        }
    }
}
