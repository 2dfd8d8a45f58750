using JudgeEval.Engine.Statistics.Retrieval;

namespace JudgeEval.Engine.Tests.Statistics.Retrieval;

/// <summary>Hand computations of precision@k, reciprocal rank and the per-judge summary.</summary>
public sealed class RankMetricTests
{
    [Fact]
    public void Precision_counts_passing_grades_over_k()
    {
        double?[] grades = [1, 3, 2, null, 2, 0];
        Assert.Equal(0.6, RetrievalMetrics.PrecisionAt(grades, 5, 2), 12);
        Assert.Equal(0.0, RetrievalMetrics.PrecisionAt(grades, 1, 2), 12);
        Assert.Equal(0.3, RetrievalMetrics.PrecisionAt(grades, 10, 2), 12); // 3 of 10: a short list is not rescaled
    }

    [Fact]
    public void Reciprocal_rank_is_one_over_the_first_pass()
    {
        Assert.Equal(0.5, RetrievalMetrics.ReciprocalRank([1, 3, 2], 2), 12);
        Assert.Equal(1.0 / 3, RetrievalMetrics.ReciprocalRank([null, 0, 2], 2), 12);
        Assert.Equal(0.0, RetrievalMetrics.ReciprocalRank([null, 0, 1], 2), 12);
    }

    [Fact]
    public void Summary_averages_over_queries()
    {
        IReadOnlyList<double?>[] queries = [[3, 0, null, 2], [0, 0, 0, 0]];
        var summary = RetrievalMetrics.Summarize(queries, 4, 2, 2);
        // Query 1: DCG = 7 + 3/log2 5 = 8.29203, ideal 7 + 3/log2 3 = 8.89279, nDCG 0.93244; query 2 undefined -> 0.
        Assert.Equal(0.93244 / 2, summary["ndcg@4"], 5);
        Assert.Equal(0.25, summary["p@2"], 12);
        Assert.Equal(0.5, summary["mrr"], 12);
        Assert.Equal((5.0 / 4) / 2, summary["meanScore"], 12);
        Assert.Equal(5.0 / 7, summary["meanJudgedScore"], 12);
        Assert.Equal(7.0 / 8, summary["judgedShare"], 12);
        Assert.Equal(0.93244, RetrievalMetrics.Summarize(queries, 4, 2, 2, null, UndefinedNdcg.Exclude)["ndcg@4"], 5);
        Assert.True(double.IsNaN(RetrievalMetrics.Summarize([], 10, 5, 2)["mrr"]));
    }
}
