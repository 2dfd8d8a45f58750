using System.Globalization;
using System.Text;
using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Tests.Samples;

namespace JudgeEval.Engine.Tests.Reporting.Html;

/// <summary>
/// The size cap with real-shaped data: a sample run's judges, pairs, texts and findings, scaled to 100,000 items
/// (every item a review candidate and in results.json's review list, 100,000 findings), still renders to a few MB.
/// </summary>
public class SizeCapRealDataTests
{
    const int Items = 100_000;

    [Theory]
    [InlineData("TrecRag2024")] // 9 judges, 36 pairs, long item ids
    [InlineData("MtBench")] // pairwise: query and two outputs of up to a few thousand characters each
    public void A_sample_scaled_to_100000_items_stays_under_two_megabytes(string sample)
    {
        var real = SampleRuns.Run(sample).Results!;
        var results = real with
        {
            Items = real.Items with { Total = Items, WithHumanLabel = Items },
            Review = [.. Enumerable.Range(0, Items).Select(i => real.Review[i % real.Review.Count] with { ItemId = real.Review[i % real.Review.Count].ItemId + "#" + i.ToString(CultureInfo.InvariantCulture) })],
            ReviewCandidates = Items,
            Findings = [.. Enumerable.Range(0, Items).Select(i => real.Findings[i % real.Findings.Count])],
        };

        var html = HtmlReport.Render(results, new HtmlReportOptions { GeneratedAt = DateTimeOffset.UnixEpoch });

        var bytes = Encoding.UTF8.GetByteCount(html);
        Assert.True(bytes < 2_000_000, bytes.ToString(CultureInfo.InvariantCulture));
        Assert.Contains("Showing 50 of 100,000 items the judges disagree on, most disagreement first", html, StringComparison.Ordinal);
        Assert.Equal(50, ReportAssertions.Count(html, "<article class=\"review-item\""));
        Assert.Contains("Showing 500 of 100,000 findings", html, StringComparison.Ordinal);
        Assert.Equal(real.Judges.Count * real.Judges.Count, ReportAssertions.KappaCells(html));
    }

    [Fact]
    public void A_review_list_shorter_than_the_candidates_says_where_the_rest_are()
    {
        var real = SampleRuns.Run("MtBench").Results!;
        var results = real with { ReviewCandidates = Items };

        var html = HtmlReport.Render(results, new HtmlReportOptions { GeneratedAt = DateTimeOffset.UnixEpoch });

        Assert.Contains($"Showing {real.Review.Count} of 100,000 items the judges disagree on (results.json keeps the top {real.Review.Count}; raise review.top in the manifest for more)", html, StringComparison.Ordinal);
    }
}
