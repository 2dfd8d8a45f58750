using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>
/// The gate never passes on nothing: a judge without a single valid verdict is an error (JE5003) naming the judge and the
/// reason, in every purpose; `coverageFail` makes low coverage an error too (JE5004).
/// </summary>
public sealed class NoValidVerdictTests : IDisposable
{
    readonly AuditCase c = PointwiseCase.Start();

    static readonly (string, string)[] Judges = [("a", "claude-3.5-sonnet"), ("b", "gemini-1.5-pro")];

    const string Extra = "thresholds:\n  minCalibrationItems: 40";

    [Fact]
    public void Scores_under_another_column_name_fail_the_run_at_the_judgments_source()
    {
        c.Write("a.jsonl", string.Concat(Enumerable.Range(0, 40).Select(i => $"{{\"id\": \"i{i}\", \"grade\": {i % 4}}}\n")));
        c.Scores("b.jsonl", PointwiseCase.Perfect);
        c.Run(PointwiseCase.Manifest(Extra, Judges));

        var d = c.Single("JE5003", c.Line("judgments: { path: a.jsonl"), about: "a");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("no valid verdict for any of its 40 items (no score in source: 40)", d.Message, StringComparison.Ordinal);
        Assert.Contains(c.All("JE0059"), w => w.Message.Contains("'grade'", StringComparison.Ordinal));
        Assert.DoesNotContain(c.All("JE5002"), x => x.Message.Contains("'a'", StringComparison.Ordinal));
        Assert.Equal((VerdictOutcome.Fail, 1), (c.Outcome.Results!.Verdict.Outcome, c.Outcome.ExitCode));
        Assert.Contains("JE5003", c.Outcome.Results.Verdict.DecidedBy);
    }

    [Theory]
    [InlineData("")]
    [InlineData("product: { model: llama-3-70b, purpose: safety }\n")]
    public void Every_score_null_fails_in_every_purpose(string product)
    {
        c.Scores("a.jsonl", [.. Enumerable.Repeat<double?>(null, 40)]);
        c.Scores("b.jsonl", PointwiseCase.Perfect);
        c.Run(PointwiseCase.Manifest(product + Extra, Judges));

        Assert.Contains("null in source: 40", c.Single("JE5003", c.Line("judgments: { path: a.jsonl"), about: "a").Message, StringComparison.Ordinal);
        Assert.Equal(1, c.Outcome.ExitCode);
    }

    [Fact]
    public void CoverageFail_turns_low_coverage_into_an_error_and_is_off_by_default()
    {
        var b = PointwiseCase.Perfect;
        for (var i = 0; i < 10; i++)
        {
            b[i] = null;
        }

        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Scores("b.jsonl", b);
        c.Run(PointwiseCase.Manifest(Extra, Judges));
        Assert.Equal(Severity.Warning, c.Single("JE5002", c.Line("judgments: { path: b.jsonl"), about: "b").Severity);
        Assert.False(c.Has("JE5004"));
        Assert.Equal(0, c.Outcome.ExitCode);

        c.Run(PointwiseCase.Manifest(Extra + "\n  coverageFail: 0.8", Judges));
        var d = c.Single("JE5004", c.Line("judgments: { path: b.jsonl"), about: "b");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("30 of 40 items (coverage 0.750), below coverageFail 0.80", d.Message, StringComparison.Ordinal);
        Assert.False(c.Has("JE5002"));
        Assert.Equal(1, c.Outcome.ExitCode);
    }

    public void Dispose() => c.Dispose();
}
