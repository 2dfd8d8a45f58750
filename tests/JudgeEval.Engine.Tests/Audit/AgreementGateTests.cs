using JudgeEval.Engine.Audit.Rules;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>`task.gate: ac1` switches the kappaWarn/kappaFail gate from kappa to Gwet's AC.</summary>
public class AgreementGateTests
{
    static readonly JudgeResult Judge = InCodeAudit.Judge("j", 100, 100) with
    {
        VsHuman = new HumanAgreement
        {
            N = 100,
            Kappa = 0.5,
            KappaCi95 = new Interval(0.4, 0.6),
            GwetAc = 0.8,
            GwetAcCi95 = new Interval(0.7, 0.9),
            Weighting = KappaWeighting.Quadratic,
            F1 = 0.9,
        },
    };

    static IEnumerable<Engine.Diagnostics.Diagnostic> Check(AgreementGate gate, bool onLowerBound = false)
    {
        var manifest = InCodeAudit.Manifest([Judge]);
        manifest = manifest with { Task = manifest.Task with { Gate = gate } };
        if (onLowerBound)
        {
            manifest = manifest with { Thresholds = manifest.Thresholds.With(ThresholdTable.GateOnLowerBound, new Threshold(1, InCodeAudit.Line(31), IsSet: true)) };
        }

        return new HumanAgreementRule().Check(InCodeAudit.Context(manifest, InCodeAudit.Results([Judge], labelled: 100)));
    }

    [Fact]
    public void Kappa_by_default()
    {
        var d = Assert.Single(Check(AgreementGate.Kappa));

        Assert.Equal("JE2002", d.Code);
        Assert.StartsWith("Judge 'j' agrees with the human labels at quadratic kappa 0.50 (95% CI 0.40 to 0.60, n = 100)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ac1_gates_on_gwets_ac_and_its_interval()
    {
        Assert.Empty(Check(AgreementGate.Ac1));

        var d = Assert.Single(Check(AgreementGate.Ac1, onLowerBound: true));
        Assert.Equal("JE2001", d.Code);
        Assert.StartsWith("Judge 'j' agrees with the human labels at Gwet's AC2 (quadratic) 0.80 (95% CI 0.70 to 0.90, n = 100), gated on the lower bound", d.Message, StringComparison.Ordinal);
    }
}
