using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Reporting.Html;

/// <summary>The "Agreement over time" section: a trend chart per judge from results.json's history, or why there is none.</summary>
public class HistorySectionTests
{
    static EvalResults WithHistory(int runs)
    {
        var results = ReportFixtures.Pointwise9();
        var history = Enumerable.Range(0, runs).Select(i => new HistoryRun
        {
            Date = ReportFixtures.FixedTime.AddDays(i - runs + 1),
            Commit = i.ToString("x40", System.Globalization.CultureInfo.InvariantCulture),
            Branch = "main",
            Tool = "1.0.0",
            Verdict = VerdictOutcome.Fail,
            Judges = [.. results.Judges.Where((_, k) => i != 1 || k != 0).Select(j => new HistoryJudge { Id = j.Id, Kappa = j.VsHuman!.Kappa, KappaCi95 = j.VsHuman.KappaCi95, Coverage = j.Coverage })],
        }).ToList();
        return results with { History = new RunHistory { Path = ".judgeeval/history.jsonl", Earlier = runs == 1 ? 0 : runs + 9, Runs = history } };
    }

    [Fact]
    public void Each_judge_gets_a_band_and_line_broken_where_a_run_did_not_measure_it()
    {
        var section = ReportAssertions.Section(HtmlReport.Render(WithHistory(4), ReportFixtures.Options), SectionIds.History);

        Assert.Equal(9, ReportAssertions.Count(section, "<svg class=\"trend\""));
        // Judge 0 is missing from run 1 of 4: its band splits in two; the other eight draw one each.
        Assert.Equal(10, ReportAssertions.Count(section, "<polygon class=\"tband\""));
        Assert.Equal((9 * 4) - 1, ReportAssertions.Count(section, "<circle class=\"tpt\""));
        Assert.Contains("the last 4 of 14 runs, this one last", section, StringComparison.Ordinal);
        Assert.Contains("not measured", section, StringComparison.Ordinal);
        Assert.Equal(4, ReportAssertions.Count(section, "<tr><td>"));
        Assert.Contains("<td class=\"mono\">0000000</td><td>main</td>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void One_run_or_no_history_says_what_is_missing()
    {
        var one = ReportAssertions.Section(HtmlReport.Render(WithHistory(1), ReportFixtures.Options), SectionIds.History);
        var none = ReportAssertions.Section(HtmlReport.Render(ReportFixtures.Pointwise9(), ReportFixtures.Options), SectionIds.History);

        Assert.Contains("This is the first recorded run", one, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", one, StringComparison.Ordinal);
        Assert.Contains("No run history: the manifest keeps none.", none, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drop_finding_links_to_this_section() => Assert.Equal(SectionIds.History, SectionIds.ForCode("JE2050"));
}
