using JudgeEval.Engine.Audit.Rules;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>JE2050 against the run history, in code: only intervals that no longer overlap count as a drop.</summary>
public class HistoryDropRuleTests
{
    static JudgeResult Judge(string id, double kappa, double lo, double hi) => InCodeAudit.Judge(id, 100, 100) with
    {
        VsHuman = new HumanAgreement { N = 100, Kappa = kappa, KappaCi95 = new Interval(lo, hi), Weighting = KappaWeighting.Quadratic },
    };

    static HistoryRun Earlier(int day, params (string Id, double Lo, double Hi)[] judges) => new()
    {
        Date = new DateTimeOffset(2026, 11, day, 8, 30, 0, TimeSpan.Zero),
        Commit = "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2",
        Tool = "1.0.0",
        Verdict = VerdictOutcome.Pass,
        Judges = [.. judges.Select(j => new HistoryJudge { Id = j.Id, N = 100, Kappa = (j.Lo + j.Hi) / 2, KappaCi95 = new Interval(j.Lo, j.Hi), Coverage = 1 })],
    };

    static List<Engine.Diagnostics.Diagnostic> Check(IReadOnlyList<HistoryRun> history, params JudgeResult[] judges)
    {
        var manifest = InCodeAudit.Manifest(judges);
        var context = InCodeAudit.Context(manifest, InCodeAudit.Results(judges, labelled: 100)) with { History = history };
        return [.. new HistoryDropRule().Check(context)];
    }

    [Fact]
    public void A_drop_whose_interval_lies_below_the_previous_one_is_located_at_the_judge()
    {
        var d = Assert.Single(Check([Earlier(1, ("a", 0.80, 0.90))], Judge("a", 0.6, 0.5, 0.7)));

        Assert.Equal(("JE2050", 10), (d.Code, d.Location!.Line));
        Assert.Equal("Judge 'a' kappa fell from 0.85 (95% CI 0.80 to 0.90) in the run of 2026-11-01 08:30 UTC, commit a1b2c3d to 0.60 (95% CI 0.50 to 0.70); the intervals no longer overlap.", d.Message);
    }

    [Fact]
    public void Overlapping_intervals_a_rise_and_a_first_run_are_no_finding()
    {
        Assert.Empty(Check([Earlier(1, ("a", 0.65, 0.90))], Judge("a", 0.6, 0.5, 0.7)));
        Assert.Empty(Check([Earlier(1, ("a", 0.2, 0.4))], Judge("a", 0.6, 0.5, 0.7)));
        Assert.Empty(Check([], Judge("a", 0.6, 0.5, 0.7)));
    }

    [Fact]
    public void The_comparison_is_with_the_latest_earlier_run_that_measured_the_judge()
    {
        HistoryRun[] history = [Earlier(1, ("a", 0.8, 0.9)), Earlier(2, ("a", 0.55, 0.75)), Earlier(3, ("b", 0.1, 0.2)), Earlier(4, ("a", double.NaN, double.NaN))];

        Assert.Empty(Check(history, Judge("a", 0.6, 0.5, 0.7)));
        Assert.Single(Check(history[..1], Judge("a", 0.6, 0.5, 0.7)));
    }

    [Fact]
    public void Without_human_labels_or_an_interval_nothing_is_compared()
    {
        var judge = Judge("a", double.NaN, double.NaN, double.NaN);

        Assert.Empty(Check([Earlier(1, ("a", 0.8, 0.9))], judge));
    }
}
