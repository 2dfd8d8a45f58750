using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Reporting.Html;

/// <summary>The heatmap has one cell per ordered judge pair: judges² cells (the diagonal is the judge itself).</summary>
public class HeatmapTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(15)]
    public void One_cell_per_ordered_judge_pair(int judges)
    {
        var html = HtmlReport.Render(Synthetic(judges), ReportFixtures.Options);

        Assert.Equal(judges * judges, ReportAssertions.KappaCells(html));
        Assert.Equal(judges, ReportAssertions.Count(html, "class=\"kself"));
    }

    [Fact]
    public void Fixture_cells_carry_the_published_kappa_in_both_directions()
    {
        var html = HtmlReport.Render(ReportFixtures.Pointwise9(), ReportFixtures.Options);

        Assert.Equal(81, ReportAssertions.KappaCells(html));
        // figures/kappa_matrix_9judge.txt: Qwen 3.6+ with Gemma 4 26B = 0.80 (substantial: 0.61-0.80).
        Assert.Contains("<td class=\"k4 gap\" data-kappa-cell=\"\" data-a=\"qwen\" data-b=\"gemma\" data-v=\"0.8\"", html, StringComparison.Ordinal);
        Assert.Contains("data-a=\"gemma\" data-b=\"qwen\" data-v=\"0.8\"", html, StringComparison.Ordinal);
        // Sonnet with Gemini 3.1 = 0.56, moderate.
        Assert.Contains("<td class=\"k3 gap\" data-kappa-cell=\"\" data-a=\"sonnet\" data-b=\"gemini31\" data-v=\"0.56\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Judges_are_grouped_by_family_in_order_of_first_appearance()
    {
        // Manifest order interleaves the families: a1 (A), b1 (B), a2 (A), b2 (B).
        var results = Synthetic(4, i => i % 2 == 0 ? "A" : "B");
        var html = HtmlReport.Render(results, ReportFixtures.Options);
        var rows = ReportAssertions.HeatmapRowHeader().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["j0", "j2", "j1", "j3"], rows);
        Assert.Contains("colspan=\"2\" class=\"famhead fam0\" title=\"A\">A</th>", html, StringComparison.Ordinal);
        Assert.Contains("colspan=\"2\" class=\"famhead fam1\" title=\"B\">B</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_without_kappa_is_shown_as_undefined_not_zero()
    {
        var results = Synthetic(3) with { Agreement = [new PairAgreement("j0", "j1", 10, double.NaN)] };
        var html = HtmlReport.Render(results, ReportFixtures.Options);

        Assert.Contains("<td class=\"kn\" data-kappa-cell=\"\" data-a=\"j0\" data-b=\"j1\" data-v=\"\"", html, StringComparison.Ordinal);
        Assert.Contains("j0 × j2: κ —, not computed", html, StringComparison.Ordinal);
    }

    internal static EvalResults Synthetic(int n, Func<int, string>? family = null)
    {
        family ??= i => "F" + (i / 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var baseline = ReportFixtures.Pointwise9();
        var judges = Enumerable.Range(0, n).Select(i => baseline.Judges[i % 9] with { Id = "j" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Family = family(i) }).ToList();
        var pairs = new List<PairAgreement>();
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                pairs.Add(new PairAgreement(judges[a].Id, judges[b].Id, 100, 0.3 + ((a + b) % 7 * 0.1)));
            }
        }

        return baseline with { Judges = judges, Agreement = pairs, Review = [], Ensembles = [], MetricSpread = [] };
    }
}
