using System.Text;
using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Reporting.Html;

public class SizeCapTests
{
    [Fact]
    public void A_run_of_100000_items_stays_under_two_megabytes_and_says_what_it_left_out()
    {
        var baseline = ReportFixtures.Pointwise9();
        var longText = new string('x', 20_000);
        var results = baseline with
        {
            Items = new ItemSummary(100_000, 100_000, 5_000),
            Review = [.. Enumerable.Range(0, 100_000).Select(i => baseline.Review[i % baseline.Review.Count] with { ItemId = "i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Text = longText })],
            Findings = [.. Enumerable.Range(0, 100_000).Select(_ => baseline.Findings[2])],
        };

        var html = HtmlReport.Render(results, ReportFixtures.Options);

        Assert.True(Encoding.UTF8.GetByteCount(html) < 2_000_000, Encoding.UTF8.GetByteCount(html).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Showing 50 of 100,000 items", html, StringComparison.Ordinal);
        Assert.Equal(50, ReportAssertions.Count(html, "<article class=\"review-item\""));
        Assert.Contains("Showing 500 of 100,000 findings", html, StringComparison.Ordinal);
        Assert.Contains("[cut: 16,000 more characters in results.json]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_cap_is_an_option()
    {
        var html = HtmlReport.Render(ReportFixtures.Pointwise9(), ReportFixtures.Options with { ReviewLimit = 3 });

        Assert.Contains("Showing 3 of 20 items", html, StringComparison.Ordinal);
        Assert.Equal(3, ReportAssertions.Count(html, "<article class=\"review-item\""));
    }
}
