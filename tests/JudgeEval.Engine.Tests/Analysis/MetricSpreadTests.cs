using JudgeEval.Engine.Analysis;

namespace JudgeEval.Engine.Tests.Analysis;

public class MetricSpreadTests
{
    [Fact]
    public void Spread_is_max_over_min_with_the_judges_named()
    {
        var spread = MetricSpreadAnalyzer.Analyze([Judge("a", 0.45), Judge("b", 0.86), Judge("c", 0.60), Judge("d", null)]);

        var ndcg = spread["ndcg@10"];
        Assert.Equal((0.45, "a", 0.86, "b"), (ndcg.Min, ndcg.MinJudge, ndcg.Max, ndcg.MaxJudge));
        Assert.Equal(0.86 / 0.45, ndcg.Ratio, 12);
    }

    [Fact]
    public void A_zero_minimum_leaves_the_ratio_undefined() =>
        Assert.True(double.IsNaN(MetricSpreadAnalyzer.Analyze([Judge("a", 0), Judge("b", 0.5)])["ndcg@10"].Ratio));

    [Fact]
    public void One_judge_has_no_spread() =>
        Assert.Empty(MetricSpreadAnalyzer.Analyze([Judge("a", 0.5)]));

    static (string, IReadOnlyDictionary<string, double>) Judge(string id, double? ndcg) => (id, new Dictionary<string, double> { ["ndcg@10"] = ndcg ?? double.NaN });
}
