using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Statistics.Agreement;

/// <summary>Gwet's AC of two raters from their confusion table, as the per-judge figure against humans uses it.</summary>
public class GwetAcFromTableTests
{
    [Fact]
    public void The_abstractors_table_matches_irrcac() =>
        // irrCAC vignette: gwet.ac1.table(cont3x3abstractors) -> Gwet's AC1 0.8493305.
        Assert.Equal(0.8493305, GwetAc.FromTable(new long[,] { { 13, 0, 0 }, { 0, 20, 7 }, { 0, 4, 56 } }, KappaWeights.Create(KappaWeighting.Unweighted, 3)), 5e-8);

    [Theory]
    [InlineData(KappaWeighting.Unweighted)]
    [InlineData(KappaWeighting.Linear)]
    [InlineData(KappaWeighting.Quadratic)]
    public void Equals_the_multi_rater_formula_on_the_same_two_complete_raters(KappaWeighting weighting)
    {
        var random = new Random(5);
        var categories = new double[] { 0, 1, 2, 3 };
        var a = Enumerable.Range(0, 300).Select(_ => (double?)random.Next(4)).ToArray();
        var b = a.Select(v => (double?)(random.NextDouble() < 0.6 ? v : random.Next(4))).ToArray();
        var weights = KappaWeights.Create(weighting, 4);

        var fromTable = GwetAc.FromTable(ConfusionMatrix.Build(a, b, categories), weights);

        Assert.Equal(GwetAc.Ac2([a, b], categories, weights), fromTable, 1e-12);
    }

    [Fact]
    public void One_category_throughout_is_one_and_an_empty_table_is_undefined()
    {
        var weights = KappaWeights.Create(KappaWeighting.Unweighted, 2);

        Assert.Equal(1.0, GwetAc.FromTable(new long[,] { { 0, 0 }, { 0, 40 } }, weights), 1e-15);
        Assert.True(double.IsNaN(GwetAc.FromTable(new long[2, 2], weights)));
    }

    [Fact]
    public void A_skewed_table_gives_low_kappa_and_high_ac1()
    {
        // 100 items, 90 negative by the reference; the rater finds 2 of the 10 positives and calls 1 negative positive.
        // python3 (fractions): p_o = 0.91; kappa: p_e = 0.9 * 0.97 + 0.1 * 0.03 = 0.876, (0.91 - 0.876) / 0.124;
        // AC1: pi = (0.935, 0.065), p_e = 2 * 0.935 * 0.065 = 0.12155, (0.91 - 0.12155) / 0.87845.
        var table = new long[,] { { 89, 1 }, { 8, 2 } };
        var weights = KappaWeights.Create(KappaWeighting.Unweighted, 2);

        Assert.Equal(0.27419354838709675, CohenKappa.FromTable(table, weights), 1e-12);
        Assert.Equal(0.8975468154135124, GwetAc.FromTable(table, weights), 1e-12);
    }
}
