using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Reporting.Html;

/// <summary>The report says what the rules and results.json say: one ensemble comparison, p as the message writes it, the right section, the right plural.</summary>
public sealed class SayWhatIsTrueTests
{
    [Fact]
    public void The_ensemble_gain_is_the_comparison_of_JE4001_on_the_items_both_rated_with_its_n()
    {
        var nine = ReportFixtures.Pointwise9();
        // TrecRag2024's shape: on all its items the ensemble trails the best member's own-items kappa, on the shared items it leads.
        var ensemble = nine.Ensembles[0] with
        {
            VsHuman = nine.Ensembles[0].VsHuman! with { Kappa = 0.47 },
            BestMemberKappa = 0.55,
            ComparedItems = 92,
            EnsembleKappaCompared = 0.61,
            BestMemberKappaCompared = 0.55,
        };

        var html = HtmlReport.Render(nine with { Ensembles = [ensemble] }, ReportFixtures.Options);

        Assert.Contains("the items both rated\">Gain</th>", html, StringComparison.Ordinal);
        Assert.Contains(">+0.06<br><span class=\"muted\">n 92</span></td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">-0.08<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_p_value_below_one_in_a_thousand_reads_as_the_finding_writes_it()
    {
        var pairwise = ReportFixtures.Pairwise4();
        var html = HtmlReport.Render(pairwise with { SelfPreference = [pairwise.SelfPreference[0] with { PValue = 0.0002 }] }, ReportFixtures.Options);

        Assert.Contains(">&lt; 0.001</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">0.000</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JE5002", SectionIds.Judges)]
    [InlineData("JE9020", SectionIds.Judges)]
    [InlineData("JE5001", SectionIds.Metrics)]
    [InlineData("JE2002", SectionIds.Judges)]
    [InlineData("JE0053", SectionIds.Findings)]
    public void A_finding_links_to_the_section_that_shows_it(string code, string section) =>
        Assert.Equal(section, SectionIds.ForCode(code));

    [Fact]
    public void One_judge_is_a_judge()
    {
        var nine = ReportFixtures.Pointwise9();
        var html = HtmlReport.Render(nine with { Judges = [nine.Judges[0]], Ensembles = [] }, ReportFixtures.Options);

        Assert.Contains("; 1 judge, 0 ensembles", html, StringComparison.Ordinal);
        Assert.Contains("(1 judge)</caption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1 judges", html, StringComparison.Ordinal);
    }
}
