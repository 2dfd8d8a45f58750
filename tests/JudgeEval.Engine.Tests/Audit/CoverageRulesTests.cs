namespace JudgeEval.Engine.Tests.Audit;

/// <summary>JE5002: missing verdicts lower coverage, are never passes, and the pass rate is over valid verdicts only.</summary>
public sealed class CoverageRulesTests : IDisposable
{
    readonly AuditCase c = PointwiseCase.Start();

    static readonly (string, string)[] Judges = [("a", "claude-3.5-sonnet"), ("b", "gemini-1.5-pro")];

    const string Extra = """
        thresholds:
          minCalibrationItems: 40
        """;

    [Fact]
    public void Missing_verdicts_lower_coverage_at_the_judgments_source()
    {
        // b has no verdict for the first 10 items the humans pass (labels 2 and 3): 30 valid of 40, 10 passes among them.
        var b = PointwiseCase.Perfect;
        for (int i = 0, dropped = 0; i < b.Length && dropped < 10; i++)
        {
            if (PointwiseCase.Labels[i] >= 2)
            {
                b[i] = null;
                dropped++;
            }
        }

        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Scores("b.jsonl", b);
        c.Run(PointwiseCase.Manifest(Extra, Judges));

        var judge = c.Outcome.Results!.Judges.Single(j => j.Id == "b");
        Assert.Equal((40, 30, 0.75), (judge.Items, judge.Valid, judge.Coverage));
        Assert.Equal(10, judge.Missing.Values.Sum());
        var d = c.Single("JE5002", c.Line("judgments: { path: b.jsonl"), about: "b");
        Assert.Contains("30 of 40 items", d.Message, StringComparison.Ordinal);

        // A failure is never a pass: the pass rate counts valid verdicts only, 10 / 30 (not 20 / 40, nor 10 / 40).
        var score = c.Outcome.Results.ProductScore.Single(p => p.Source == "b");
        Assert.Equal(10.0 / 30, score.PassRate, 12);
        Assert.Equal(0.5, c.Outcome.Results.ProductScore.Single(p => p.Source == "a").PassRate, 12);
        Assert.DoesNotContain(c.All("JE5002"), x => x.Message.Contains("'a'", StringComparison.Ordinal));
    }

    [Fact]
    public void Full_coverage_is_quiet()
    {
        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Scores("b.jsonl", PointwiseCase.Perfect);
        c.Run(PointwiseCase.Manifest(Extra, Judges));
        Assert.False(c.Has("JE5002"));
    }

    public void Dispose() => c.Dispose();
}
