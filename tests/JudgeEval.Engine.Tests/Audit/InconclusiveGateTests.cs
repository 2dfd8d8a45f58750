using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>
/// JE5005: an inconclusive run (here the productScoreMin gate straddling a perfect judge's pass rate of 0.5) fails the
/// build unless thresholds.allowInconclusive says otherwise, and always for a safety eval; the outcome stays inconclusive.
/// </summary>
public sealed class InconclusiveGateTests : IDisposable
{
    readonly AuditCase c = PointwiseCase.Start();

    void Run(string thresholds, string product = "")
    {
        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Run(PointwiseCase.Manifest($"{product}thresholds:\n  minCalibrationItems: 40\n  productScoreMin: 0.5\n{thresholds}", ("a", "claude-3.5-sonnet")));
    }

    [Fact]
    public void By_default_an_inconclusive_run_fails_with_exit_code_1_and_keeps_its_outcome()
    {
        Run("");

        var gate = Assert.Single(c.All("JE5005"));
        Assert.Equal(Severity.Error, gate.Severity);
        Assert.Contains("undecided: JE2020", gate.Message, StringComparison.Ordinal);
        Assert.Equal(c.Line("thresholds:"), gate.Location!.Line);
        Assert.Equal((VerdictOutcome.Inconclusive, 1), (c.Outcome.Results!.Verdict.Outcome, c.Outcome.Results.Verdict.Errors));
        Assert.Contains(c.Outcome.Results.Findings, f => f.Code == "JE5005");
        Assert.Equal(1, c.Outcome.ExitCode);
    }

    [Fact]
    public void AllowInconclusive_makes_it_a_warning_and_exit_code_0()
    {
        Run("  allowInconclusive: true\n");

        var gate = Assert.Single(c.All("JE5005"));
        Assert.Equal(Severity.Warning, gate.Severity);
        Assert.Equal(c.Line("allowInconclusive: true"), gate.Location!.Line);
        Assert.Equal(VerdictOutcome.Inconclusive, c.Outcome.Results!.Verdict.Outcome);
        Assert.Equal(0, c.Outcome.ExitCode);
    }

    [Fact]
    public void A_safety_eval_fails_even_when_inconclusive_is_allowed()
    {
        Run("  allowInconclusive: true\n", "product: { model: gpt-4o, purpose: safety }\n");

        var gate = Assert.Single(c.All("JE5005"));
        Assert.Equal(Severity.Error, gate.Severity);
        Assert.Contains("safety", gate.Message, StringComparison.Ordinal);
        Assert.Equal(1, c.Outcome.ExitCode);
    }

    [Fact]
    public void A_decided_run_has_no_gate_finding()
    {
        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Run(PointwiseCase.Manifest("thresholds:\n  minCalibrationItems: 40\n  productScoreMin: 0.3", ("a", "claude-3.5-sonnet")));
        Assert.False(c.Has("JE5005"));
        Assert.Equal(0, c.Outcome.ExitCode);
    }

    public void Dispose() => c.Dispose();
}
