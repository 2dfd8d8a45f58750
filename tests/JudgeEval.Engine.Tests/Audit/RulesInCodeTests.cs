using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Audit.Rules;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>Rules run on a results model built in code: no manifest, data or run on disk.</summary>
public class RulesInCodeTests
{
    [Fact]
    public void Coverage_below_the_minimum_points_at_the_judges_data()
    {
        var c = InCodeAudit.Context(InCodeAudit.Judge("full", 100, 100), InCodeAudit.Judge("half", 50, 100));

        var d = Assert.Single(new CoverageRule().Check(c));

        Assert.Equal(("JE5002", 21), (d.Code, d.Location!.Line));
        Assert.Contains("'half' gave a valid verdict for 50 of 100 items (coverage 0.500)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kappa_gates_use_the_thresholds_the_manifest_carries()
    {
        var judge = InCodeAudit.Judge("j", 100, 100) with
        {
            VsHuman = new HumanAgreement { N = 100, Kappa = 0.7, KappaCi95 = new Interval(0.55, 0.8), Weighting = KappaWeighting.Quadratic, F1 = 0.9 },
        };
        var manifest = InCodeAudit.Manifest([judge]);
        var results = InCodeAudit.Results([judge], labelled: 100);

        var onPoint = Assert.Single(new HumanAgreementRule().Check(InCodeAudit.Context(manifest, results)));
        var gated = manifest with
        {
            Thresholds = manifest.Thresholds.With(ThresholdTable.GateOnLowerBound, new Threshold(1, InCodeAudit.Line(31), IsSet: true)),
        };
        var onLowerBound = Assert.Single(new HumanAgreementRule().Check(InCodeAudit.Context(gated, results)));

        Assert.Equal(("JE2001", 10), (onPoint.Code, onPoint.Location!.Line));
        Assert.Equal("JE2002", onLowerBound.Code);
        Assert.Contains("gated on the lower bound", onLowerBound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_metric_spread_ratio_raises_nothing()
    {
        var results = InCodeAudit.Results([]) with
        {
            MetricSpread = new() { ["ndcg@10"] = new MetricSpread(0, "a", 0.5, "b", double.NaN), ["mrr"] = new MetricSpread(0.2, "a", 0.9, "b", 4.5) },
        };

        var d = Assert.Single(new MetricSpreadRule().Check(InCodeAudit.Context(InCodeAudit.Manifest([]), results)));

        Assert.StartsWith("mrr ranges from 0.200 (a) to 0.900 (b)", d.Message, StringComparison.Ordinal);
    }
}
