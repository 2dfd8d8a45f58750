namespace JudgeEval.Engine.Tests.Audit;

/// <summary>JE5001: a headline metric (here the pass rate) that depends on which judge measured it, at `metricSpreadMax`.</summary>
public sealed class MetricSpreadRulesTests : IDisposable
{
    readonly AuditCase c = PointwiseCase.Start();

    static readonly (string, string)[] Judges = [("a", "claude-3.5-sonnet"), ("b", "gemini-1.5-pro")];

    const string Extra = """
        thresholds:
          minCalibrationItems: 40
          metricSpreadMax: 1.5
        """;

    [Fact]
    public void A_lenient_and_a_strict_judge_spread_the_pass_rate()
    {
        // a passes everything (pass rate 1.0); b passes only the label-3 items (0.25): a 4x spread.
        c.Scores("a.jsonl", [.. PointwiseCase.Labels.Select(_ => (double?)3)]);
        c.Scores("b.jsonl", [.. PointwiseCase.Labels.Select(l => (double?)(l == 3 ? 3 : 0))]);
        c.Run(PointwiseCase.Manifest(Extra, Judges));

        var spread = c.Outcome.Results!.MetricSpread["passRate"];
        Assert.Equal(("b", "a"), (spread.MinJudge, spread.MaxJudge));
        Assert.Equal(4.0, spread.Ratio, 12);
        var d = Assert.Single(c.All("JE5001"), d => d.Message.StartsWith("passRate", StringComparison.Ordinal));
        ManifestText.AssertAt(d, c.ManifestPath, c.Line("metricSpreadMax: 1.5"));
    }

    [Fact]
    public void Judges_that_agree_have_no_spread()
    {
        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Scores("b.jsonl", PointwiseCase.Perfect);
        c.Run(PointwiseCase.Manifest(Extra, Judges));
        Assert.False(c.Has("JE5001"));
    }

    public void Dispose() => c.Dispose();
}
