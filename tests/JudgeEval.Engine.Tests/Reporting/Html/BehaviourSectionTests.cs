using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Resampling;
using JudgeEval.Engine.Tests.Samples;

namespace JudgeEval.Engine.Tests.Reporting.Html;

/// <summary>The self-consistency column, the kappa-paradox section and the verbosity section, on the samples' real results.</summary>
public sealed class BehaviourSectionTests(SelfConsistencyRun consistency, MtBenchRun mtBench) : IClassFixture<SelfConsistencyRun>, IClassFixture<MtBenchRun>
{
    readonly string consistencyHtml = HtmlReport.Render(consistency.Outcome.Results!, ReportFixtures.Options);
    readonly string mtBenchHtml = HtmlReport.Render(mtBench.Outcome.Results!, ReportFixtures.Options);

    [Fact]
    public void The_judges_section_has_a_self_consistency_column_and_a_bar_per_judge()
    {
        var judges = ReportAssertions.Section(consistencyHtml, SectionIds.Judges);

        Assert.Contains(">Self-α</th>", judges, StringComparison.Ordinal);
        Assert.Contains("Self-α is Krippendorff&#39;s alpha across each judge&#39;s repeated samples", judges, StringComparison.Ordinal);
        Assert.Contains("<caption>Self-consistency across repeated samples</caption>", judges, StringComparison.Ordinal);
        Assert.Contains("the graded verdict is the samples&#39; median", judges, StringComparison.Ordinal);
        // qwen: alpha 0.8658 over 50 items, 3 samples each, flip rate 16/50.
        Assert.Contains("aria-label=\"qwen: α 0.87 over 50 items, 3.0 samples each; flip rate 32.0%\"", judges, StringComparison.Ordinal);
        Assert.Equal(9, System.Text.RegularExpressions.Regex.Count(judges, "aria-label=\"[^\"]*: α "));
        Assert.DoesNotContain(">Self-α</th>", ReportAssertions.Section(mtBenchHtml, SectionIds.Judges), StringComparison.Ordinal);
    }

    [Fact]
    public void A_judge_below_selfConsistencyMin_is_marked_in_words_too()
    {
        var results = consistency.Outcome.Results!;
        var strict = results with { Thresholds = new ThresholdValues([.. results.Thresholds!.Values.Select(v => v.Name == "selfConsistencyMin" ? v with { Value = 0.9 } : v)]) };

        var judges = ReportAssertions.Section(HtmlReport.Render(strict, ReportFixtures.Options), SectionIds.Judges);

        Assert.Contains(">0.87 ▾</td>", judges, StringComparison.Ordinal);
        Assert.Contains("below selfConsistencyMin 0.90", judges, StringComparison.Ordinal);
        Assert.Equal(2, ReportAssertions.Count(judges, "td class=\"num self below\""));
    }

    [Fact]
    public void The_kappa_paradox_section_shows_the_label_spread_accuracy_and_ac_per_judge()
    {
        var section = ReportAssertions.Section(consistencyHtml, SectionIds.KappaParadox);

        Assert.Equal(9, ReportAssertions.Count(section, "<th scope=\"row\""));
        Assert.Contains(">Gwet's AC2</th>", section, StringComparison.Ordinal);
        // 50 NIST labels 18/13/13/6; opus agrees exactly on 20 of 50.
        Assert.Contains("aria-label=\"opus: human labels 0 36%, 1 26%, 2 26%, 3 12%\"", section, StringComparison.Ordinal);
        Assert.Contains(">40.0%</td>", section, StringComparison.Ordinal);
        Assert.Contains("The gate compares kappa (set task.gate: ac1", section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verbosity_section_shows_each_judge_against_the_experts()
    {
        var section = ReportAssertions.Section(mtBenchHtml, SectionIds.Verbosity);

        Assert.Equal(4, ReportAssertions.Count(section, "<th scope=\"row\""));
        Assert.Contains("Lengths are characters of the item text", section, StringComparison.Ordinal);
        // gpt4: 139 of 195 vs the experts' 136 of 195.
        Assert.Contains(">71.3%</td>", section, StringComparison.Ordinal);
        Assert.Contains(">69.7%</td>", section, StringComparison.Ordinal);
        Assert.DoesNotContain(" ▴</td>", section, StringComparison.Ordinal);
        Assert.Contains("Not measured: the items carry neither text nor a length column.", ReportAssertions.Section(consistencyHtml, SectionIds.Verbosity), StringComparison.Ordinal);
    }

    [Fact]
    public void A_flagged_verbosity_bias_is_marked_and_its_finding_links_to_the_section()
    {
        var results = mtBench.Outcome.Results!;
        var biased = results with
        {
            Judges = [.. results.Judges.Select(j => j.Id == "gpt4" ? j with { LengthBias = j.LengthBias! with { Difference = 0.3, Effect = 0.3, DifferenceCi95 = new Interval(0.2, 0.4), PValue = 0.0001 } } : j)],
            Findings = [new Finding("JE3003", Engine.Diagnostics.Severity.Warning, "Judge 'gpt4' favours longer outputs", null, null, null, null, null, null)],
        };

        var html = HtmlReport.Render(biased, ReportFixtures.Options);

        Assert.Contains("+0.30 ▴</td>", ReportAssertions.Section(html, SectionIds.Verbosity), StringComparison.Ordinal);
        Assert.Equal(SectionIds.Verbosity, SectionIds.ForCode("JE3003"));
        Assert.Equal(SectionIds.KappaParadox, SectionIds.ForCode("JE2030"));
        Assert.Equal(SectionIds.Judges, SectionIds.ForCode("JE3002"));
        Assert.Equal(SectionIds.Position, SectionIds.ForCode("JE3001"));
    }

    [Fact]
    public void Hostile_judge_ids_in_the_new_sections_stay_text()
    {
        var hostile = HostileFixture.Build();
        var results = hostile with
        {
            Judges = [.. hostile.Judges.Select(j => j with
            {
                Consistency = new SelfConsistency { Items = 10, Samples = 3, Alpha = 0.5, FlipRate = 0.4, MeanPairwiseKappa = 0.6 },
                LengthBias = new LengthBias { N = 20, Measure = LengthMeasure.QuartileGap, Test = SignificanceTest.TwoSamplePermutation, Difference = 0.4, Effect = 0.13, JudgeValue = 0.5, HumanValue = 0.1, DifferenceCi95 = new Interval(0.1, 0.7), PValue = 0.01, LengthSource = "text" },
            })],
        };

        var html = HtmlReport.Render(results, ReportFixtures.Options);

        var scanned = MarkupScanner.Scan(html);
        Assert.DoesNotContain(scanned.Tags, t => t.Name is "img" or "iframe" or "script" && !t.Closing && t.Attributes.Count > 0);
        Assert.Equal(1, scanned.Tags.Count(t => t.Name == "script" && !t.Closing));
        Assert.DoesNotContain(scanned.Tags.SelectMany(t => t.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        foreach (var id in new[] { SectionIds.Verbosity, SectionIds.KappaParadox })
        {
            Assert.DoesNotContain(HostileFixture.Script, ReportAssertions.Section(html, id), StringComparison.Ordinal);
        }

        Assert.Contains("<caption>Self-consistency across repeated samples</caption>", html, StringComparison.Ordinal);
    }
}
