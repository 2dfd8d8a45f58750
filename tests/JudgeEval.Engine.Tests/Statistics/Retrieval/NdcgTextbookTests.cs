using JudgeEval.Engine.Statistics.Retrieval;

namespace JudgeEval.Engine.Tests.Statistics.Retrieval;

/// <summary>
/// The worked example of Wikipedia's "Discounted cumulative gain" article: grades 3, 2, 3, 0, 1, 2 by rank, linear
/// gain: DCG6 = 6.861, ideal of the list itself 7.141 (nDCG 0.961); with two more judged documents (3 and 2) the
/// ideal is 8.740 and nDCG6 = 0.785. Exponential gains are a hand computation: gains 7, 3, 7, 0, 1, 3 over
/// log2(2..7) give DCG6 = 13.8483, ideal (7, 7, 3, 3, 1, 0) 14.5954, nDCG6 = 0.94881.
/// </summary>
public sealed class NdcgTextbookTests
{
    static readonly double?[] Grades = [3, 2, 3, 0, 1, 2];

    [Fact]
    public void Linear_gain_matches_the_published_example()
    {
        Assert.Equal(6.861, RetrievalMetrics.Dcg(Grades, 6, NdcgGain.Linear), 3);
        Assert.Equal(0.961, RetrievalMetrics.Ndcg(Grades, 6, null, NdcgGain.Linear), 3);
        Assert.Equal(0.785, RetrievalMetrics.Ndcg(Grades, 6, [3, 2, 3, 0, 1, 2, 3, 2], NdcgGain.Linear), 3);
    }

    [Fact]
    public void Exponential_gain_is_the_default()
    {
        Assert.Equal(13.8483, RetrievalMetrics.Dcg(Grades, 6), 4);
        Assert.Equal(0.94881, RetrievalMetrics.Ndcg(Grades, 6), 5);
        // Cut at 3: (7 + 3/log2 3 + 7/2) / (7 + 7/log2 3 + 3/2) = 12.3928 / 12.9165.
        Assert.Equal(0.95945, RetrievalMetrics.Ndcg(Grades, 3), 5);
    }

    [Fact]
    public void Unjudged_ranks_earn_nothing_and_a_zero_ideal_is_undefined()
    {
        Assert.Equal(RetrievalMetrics.Ndcg([3, 0, 2], 3), RetrievalMetrics.Ndcg([3, null, 2], 3), 12);
        Assert.True(double.IsNaN(RetrievalMetrics.Ndcg([0, null, 0], 3)));
        Assert.True(double.IsNaN(RetrievalMetrics.Ndcg([2], 0)));
        Assert.Equal(1.0, RetrievalMetrics.Ndcg([3, 2, 1, 0], 10), 12);
    }
}
