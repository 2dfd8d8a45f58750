using JudgeEval.Engine.Reporting.Html;

namespace JudgeEval.Engine.Tests.Reporting.Html;

public class SectionTests
{
    static readonly string Pointwise = HtmlReport.Render(ReportFixtures.Pointwise9(), ReportFixtures.Options);
    static readonly string Pairwise = HtmlReport.Render(ReportFixtures.Pairwise4(), ReportFixtures.Options);

    [Fact]
    public void Every_section_is_present_once_in_both_fixtures()
    {
        foreach (var (id, title) in SectionIds.All)
        {
            Assert.Equal(1, ReportAssertions.Count(Pointwise, $"<section id=\"{id}\""));
            Assert.Equal(1, ReportAssertions.Count(Pairwise, $"<section id=\"{id}\""));
            Assert.Contains($"<a href=\"#{id}\">{title}</a>", Pointwise, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Verdict_comes_first_and_links_the_deciding_finding_to_its_section_and_manifest_line()
    {
        var verdict = Pointwise.IndexOf("<section id=\"verdict\"", StringComparison.Ordinal);
        Assert.True(verdict < Pointwise.IndexOf("<section id=\"judges\"", StringComparison.Ordinal));
        Assert.Contains("data-outcome=\"fail\"", Pointwise, StringComparison.Ordinal);
        var decider = Pointwise[Pointwise.IndexOf("<li class=\"decider\">", StringComparison.Ordinal)..];
        decider = decider[..decider.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains("JE2002", decider, StringComparison.Ordinal);
        // The manifest is under SourceRoot /repo, so it prints relative, MSBuild style; the link is absolute.
        Assert.Contains("href=\"vscode://file/repo/samples/TrecRag2024/judgeeval.yaml:35:5\"", decider, StringComparison.Ordinal);
        Assert.Contains(">samples/TrecRag2024/judgeeval.yaml(35,5)</a>", decider, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#judges\">", decider, StringComparison.Ordinal);
        Assert.Contains("data-outcome=\"inconclusive\"", Pairwise, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_table_has_a_row_and_a_forest_plot_interval_per_judge()
    {
        Assert.Equal(9, ReportAssertions.Count(Pointwise, "<tr data-judge="));
        Assert.Equal(9, ReportAssertions.Count(ReportAssertions.Section(Pointwise, "judges"), "<td class=\"chart\"><svg class=\"mini\""));
        Assert.Contains("aria-label=\"gemini31: kappa 0.41, 95% CI [0.27, 0.54]\"", Pointwise, StringComparison.Ordinal);
        Assert.Contains("<caption>", Pointwise, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">Spearman</th>", Pointwise, StringComparison.Ordinal);
        // Coverage from the TREC RAG metadata: gemini31 127 of 537 valid = 23.6%.
        Assert.Contains(">23.6%</td>", Pointwise, StringComparison.Ordinal);
        Assert.Contains("<li><b>gemini31</b>: 410 of 537 missing (410 null in source)</li>", Pointwise, StringComparison.Ordinal);
    }

    [Fact]
    public void Position_bias_is_shown_for_pairwise_and_declared_not_applicable_for_pointwise()
    {
        Assert.Contains("Not applicable: position bias is measured on pairwise tasks", Pointwise, StringComparison.Ordinal);
        var position = ReportAssertions.Section(Pairwise, "position");
        Assert.Equal(4, ReportAssertions.Count(position, "<th scope=\"row\""));
        // MT-Bench GPT-4 statistics.json: equal 174/200 = 87.0%, correct_False 79.5%, correct_True 82.5%.
        Assert.Contains(">87.0%</td>", position, StringComparison.Ordinal);
        Assert.Contains(">+3.0%</td>", position, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensembles_show_their_best_member_and_routing_its_savings()
    {
        var ensembles = ReportAssertions.Section(Pointwise, "ensembles");
        Assert.Contains(">+0.02<br><span class=\"muted\">n 537</span></td>", ensembles, StringComparison.Ordinal);
        Assert.Contains(">-0.02<br><span class=\"muted\">n 537</span></td>", ensembles, StringComparison.Ordinal);
        // 537 + 204 * 7 = 1,965 routed calls against 3,759 for the full ensemble: 47.7% saved.
        Assert.Contains(">1,965</td>", ensembles, StringComparison.Ordinal);
        Assert.Contains("Routing saves 47.7% of the judge calls", ensembles, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_section_charts_every_metric_and_states_the_published_spread()
    {
        var metrics = ReportAssertions.Section(Pointwise, "metrics");
        Assert.Equal(4, ReportAssertions.Count(metrics, "<svg class=\"metric\""));
        // Sukul's within-corpus ndcg@10: 0.4542 (Gemini 3.1) to 0.8621 (Sonnet), ratio 1.90.
        Assert.Contains("spread 0.454 (gemini31) to 0.862 (sonnet), ratio 1.90x", metrics, StringComparison.Ordinal);
        Assert.Contains(">1.90×</td>", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_preference_shows_intervals_for_pairwise_and_explains_its_absence_for_pointwise()
    {
        Assert.Contains("self-preference could not be measured", Pointwise, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"gpt4: self-preference difference +0.09, 95% CI [0.02, 0.16]\"", Pairwise, StringComparison.Ordinal);
        Assert.Contains(">Judge own</th>", Pairwise, StringComparison.Ordinal);
        Assert.Contains("p-values: paired sign-flip permutation test.", Pairwise, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_items_show_text_behind_details_with_every_verdict_and_the_human_label()
    {
        Assert.Contains("Showing 20 of 20 items", Pointwise, StringComparison.Ordinal);
        Assert.Equal(20, ReportAssertions.Count(Pointwise, "<article class=\"review-item\""));
        Assert.Contains("<details><summary><b>Text</b>", Pointwise, StringComparison.Ordinal);
        // Verdicts in manifest order, then the human label: opus 0, sonnet 3, gpt55 3, gpt4o 1, gemini31 missing, ... ; item 1's human label is 1.
        Assert.Contains("<th scope=\"row\">verdict</th><td class=\"num\">0</td><td class=\"num\">3</td><td class=\"num\">3</td><td class=\"num\">1</td><td class=\"num\">missing</td>", Pointwise, StringComparison.Ordinal);
        // MT-Bench item 2: gpt4 A, chatgpt B, llama2 tie (1.5), palm2 A; human A.
        Assert.Contains("<th scope=\"row\">verdict</th><td class=\"num\">A</td><td class=\"num\">B</td><td class=\"num\">tie</td><td class=\"num\">A</td><td class=\"num\">A</td>", Pairwise, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num outlier\">chatgpt (outlier)</th>", Pairwise, StringComparison.Ordinal);
        Assert.Contains("<b>Output B</b> (by vicuna-13b-v1.2)", Pairwise, StringComparison.Ordinal);
        Assert.Contains("id=\"expand-all\" aria-expanded=\"false\" hidden=\"\"", Pointwise, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_reproducible_with_a_fixed_timestamp()
    {
        Assert.Equal(Pointwise, HtmlReport.Render(ReportFixtures.Pointwise9(), ReportFixtures.Options));
        Assert.Contains("<time>2026-12-01 12:00 UTC</time>", Pointwise, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_and_styles_support_dark_mode_print_and_colour_blind_palettes()
    {
        Assert.Contains("@media (prefers-color-scheme: dark)", Pointwise, StringComparison.Ordinal);
        Assert.Contains("@media print", Pointwise, StringComparison.Ordinal);
        Assert.Contains("#e69f00", Pointwise, StringComparison.Ordinal); // Okabe-Ito orange
        Assert.Contains("#fde725", Pointwise, StringComparison.Ordinal); // viridis yellow
        Assert.DoesNotContain("<svg class=\"mini\" width=\"200\" height=\"22\" viewBox=\"0 0 200 22\">", Pointwise, StringComparison.Ordinal);
    }
}
