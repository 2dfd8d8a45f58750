using JudgeEval.Engine.Statistics.Correlation;

namespace JudgeEval.Engine.Tests.Statistics.Correlation;

public class SpearmanTests
{
    [Fact]
    public void Wikipedia_iq_and_television_example()
    {
        // Wikipedia "Spearman's rank correlation coefficient", worked example (no ties): rho = -29/165 = -0.175757...
        double?[] iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
        double?[] hours = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];

        Assert.Equal(-29.0 / 165, RankCorrelation.Spearman(iq, hours), 1e-12);
    }

    [Fact]
    public void Ties_get_average_ranks()
    {
        // reference_values.py: Pearson of average ranks (1, 2.5, 2.5, 4, 6, 6, 6, ...), exact fractions: 0.938120959995470.
        // The no-ties shortcut 1 - 6 sum d^2 / (n (n^2 - 1)) would give 0.9393939..., so this also pins the tie rule.
        double?[] x = [1, 2, 2, 3, 4, 4, 4, 5, 6, 7];
        double?[] y = [2, 1, 3, 3, 5, 4, 6, 6, 9, 8];

        Assert.Equal(0.938120959995470, RankCorrelation.Spearman(x, y), 1e-12);
    }

    [Fact]
    public void Incomplete_pairs_are_dropped_before_ranking()
    {
        double?[] x = [1, 2, null, 2, 3, 4, 4, 4, 5, 6, 7, 9];
        double?[] y = [2, 1, 5, 3, 3, 5, 4, 6, 6, 9, 8, null];

        Assert.Equal(0.938120959995470, RankCorrelation.Spearman(x, y), 1e-12);
    }

    [Fact]
    public void Undefined_cases_are_NaN()
    {
        Assert.True(double.IsNaN(RankCorrelation.Spearman([], [])));
        Assert.True(double.IsNaN(RankCorrelation.Spearman([1], [2])));
        Assert.True(double.IsNaN(RankCorrelation.Spearman([2, 2, 2], [1, 2, 3])));
        Assert.True(double.IsNaN(RankCorrelation.Spearman([1, 2, null], [null, 3, 4])));
    }
}
