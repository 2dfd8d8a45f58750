using JudgeEval.Engine.Results;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>The productScoreMin gate on a perfect judge's pass rate of 0.5 over 40 items (95% CI about 0.35 to 0.65).</summary>
public sealed class ProductScoreRulesTests : IDisposable
{
    readonly AuditCase c = PointwiseCase.Start();

    void Run(string min)
    {
        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Run(PointwiseCase.Manifest($"thresholds:\n  minCalibrationItems: 40\n  productScoreMin: {min}", ("a", "claude-3.5-sonnet")));
    }

    [Fact]
    public void A_threshold_below_the_interval_passes()
    {
        Run("0.3");
        var score = c.Outcome.Results!.ProductScore.Single();
        Assert.Equal(GateOutcome.Pass, score.Outcome);
        Assert.True(score.CorrectedCi95.Lower >= 0.3);
        Assert.False(c.Has("JE2020"));
        Assert.False(c.Has("JE2021"));
        Assert.Equal(VerdictOutcome.Pass, c.Outcome.Results.Verdict.Outcome);
    }

    [Fact]
    public void A_threshold_above_the_interval_fails_at_productScoreMin()
    {
        Run("0.8");
        Assert.Equal(GateOutcome.Fail, c.Outcome.Results!.ProductScore.Single().Outcome);
        var d = c.Single("JE2021", c.Line("productScoreMin: 0.8"));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("corrected pass rate by 'a' is 0.500", d.Message, StringComparison.Ordinal);
        Assert.Equal(1, c.Outcome.ExitCode);
    }

    [Fact]
    public void A_threshold_inside_the_interval_is_inconclusive()
    {
        Run("0.5");
        var score = c.Outcome.Results!.ProductScore.Single();
        Assert.Equal(GateOutcome.Inconclusive, score.Outcome);
        Assert.InRange(0.5, score.CorrectedCi95.Lower, score.CorrectedCi95.Upper);
        Assert.Equal(Severity.Warning, c.Single("JE2020", c.Line("productScoreMin: 0.5")).Severity);
        Assert.Equal(VerdictOutcome.Inconclusive, c.Outcome.Results.Verdict.Outcome);

        // Undecided is not a pass: the build fails (JE5005, exit 1) while results.json keeps the outcome.
        Assert.Equal(Severity.Error, Assert.Single(c.All("JE5005")).Severity);
        Assert.Equal(1, c.Outcome.ExitCode);
    }

    public void Dispose() => c.Dispose();
}
