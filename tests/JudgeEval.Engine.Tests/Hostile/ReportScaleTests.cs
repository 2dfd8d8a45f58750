using System.Globalization;
using System.Text;
using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Tests.Reporting.Html;

namespace JudgeEval.Engine.Tests.Hostile;

/// <summary>
/// 2,000 judges once made a 555 MB report in 84 s (a 4,000,000-cell heatmap). The report now draws at most 200 judges
/// per table and 40 in the heatmap and review tables, and says how many it left out; results.json keeps them all.
/// </summary>
public sealed class ReportScaleTests
{
    const int Judges = 2_000;

    [Fact]
    public void Two_thousand_judges_make_a_small_report_that_says_what_it_left_out()
    {
        var results = ManyJudges();

        var html = HtmlReport.Render(results, ReportFixtures.Options);

        var bytes = Encoding.UTF8.GetByteCount(html);
        Assert.True(bytes < 3_000_000, bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes");
        Assert.Contains("Showing the first 40 of 2,000 judges in the heatmap, in the manifest's order; all 2,000 are in results.json (agreement).", html, StringComparison.Ordinal);
        Assert.Contains("Showing the first 200 of 2,000 judges, in the manifest's order; all 2,000 are in results.json (judges).", html, StringComparison.Ordinal);
        Assert.Contains("Showing the first 200 of 2,000 judges in the charts and table below", html, StringComparison.Ordinal);
        Assert.Contains("Showing the verdicts of 41 of 2,000 judges (the first in the manifest's order, and the outlier)", html, StringComparison.Ordinal);
        Assert.Equal(40 * 40, ReportAssertions.Count(html, "data-kappa-cell=\"\" data-a="));
    }

    [Fact]
    public void Nine_judges_are_drawn_whole_with_no_note()
    {
        var html = HtmlReport.Render(ReportFixtures.Pointwise9(), ReportFixtures.Options);

        Assert.DoesNotContain("class=\"count abridged\"", html, StringComparison.Ordinal);
    }

    static EvalResults ManyJudges()
    {
        var nine = ReportFixtures.Pointwise9();
        var judges = Enumerable.Range(0, Judges).Select(i => nine.Judges[i % 9] with { Id = "j" + i.ToString(CultureInfo.InvariantCulture) }).ToList();
        var ids = judges.Select(j => j.Id).ToList();
        return nine with
        {
            Judges = judges,
            Agreement = [.. Enumerable.Range(1, Judges - 1).Select(b => new PairAgreement(ids[0], ids[b], 500, 0.5))],
            Independence = nine.Independence! with { Judges = [.. ids.Select(id => new JudgeRelation(id, ProductRelation.Independent, "no product model named"))] },
            ProductScore = [.. ids.Select(id => nine.ProductScore[1] with { Source = id })],
            Review = [.. nine.Review.Select(r => r with { Verdicts = ids.ToDictionary(id => id, _ => (double?)1.0, StringComparer.Ordinal), Outlier = ids[^1] })],
        };
    }
}
