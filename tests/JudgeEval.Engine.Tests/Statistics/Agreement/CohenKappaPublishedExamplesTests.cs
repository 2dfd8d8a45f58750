using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Statistics.Agreement;

// Exact values to 1e-9 are from reference_values.py (plain python, exact fractions), which reproduces each
// published figure; the published figure is also asserted at its printed precision.
public class CohenKappaPublishedExamplesTests
{
    static readonly double[] Three = [1, 2, 3];

    [Fact]
    public void Wikipedia_two_by_two_example_is_0_4()
    {
        // Wikipedia "Cohen's kappa", worked example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no; p_o = 0.7, p_e = 0.5.
        var table = new long[,] { { 20, 5 }, { 10, 15 } };

        Assert.Equal(0.4, CohenKappa.FromTable(table, KappaWeights.Create(KappaWeighting.Unweighted, 2)), 1e-12);
    }

    [Fact]
    public void Sas_proc_freq_example_unweighted_and_cicchetti_allison_weighted()
    {
        // SAS PROC FREQ AGREE printout, as pinned in statsmodels' test_inter_rater.py: kappa 0.4842, weighted 0.4701.
        var table = new long[,] { { 0, 4, 1 }, { 0, 8, 0 }, { 0, 1, 5 } };

        var unweighted = CohenKappa.FromTable(table, KappaWeights.Create(KappaWeighting.Unweighted, 3));
        var linear = CohenKappa.FromTable(table, KappaWeights.Create(KappaWeighting.Linear, 3));

        Assert.Equal(0.4842, unweighted, 5e-5);
        Assert.Equal(0.484162895927602, unweighted, 1e-9);
        Assert.Equal(0.4701, linear, 5e-5);
        Assert.Equal(0.470119521912351, linear, 1e-9);
    }

    [Fact]
    public void Irrcac_abstractors_table_from_raw_verdicts()
    {
        // irrCAC vignette (Gwet): cont3x3abstractors, kappa2.table -> Cohen's Kappa 0.7964094.
        var (a, b) = Ratings.FromTable(new[,] { { 13, 0, 0 }, { 0, 20, 7 }, { 0, 4, 56 } }, Three);

        var kappa = CohenKappa.Compute(a, b, Three, KappaWeights.Create(KappaWeighting.Unweighted, 3));

        Assert.Equal(0.7964094, kappa, 5e-8);
        Assert.Equal(0.796409402183972, kappa, 1e-9);
    }

    [Theory]
    // R irr::kappa2(anxiety[,2:3], w) as pinned in statsmodels' test_inter_rater.py. irr spaces the weights over the
    // levels that occur (1, 2, 3, 4, 6: level 5 is unused), so those are the categories here.
    [InlineData(KappaWeighting.Unweighted, -0.006289308, -0.006289308176101)]
    [InlineData(KappaWeighting.Linear, 0.1459075, 0.145907473309609)]
    [InlineData(KappaWeighting.Quadratic, 0.2520325, 0.252032520325203)]
    public void Irr_anxiety_raters_two_and_three(KappaWeighting weighting, double published, double exact)
    {
        double[] categories = [1, 2, 3, 4, 6];

        var kappa = CohenKappa.Compute(Anxiety.Rater2, Anxiety.Rater3, categories, KappaWeights.Create(weighting, categories.Length));

        Assert.Equal(published, kappa, 5e-8);
        Assert.Equal(exact, kappa, 1e-9);
    }
}
