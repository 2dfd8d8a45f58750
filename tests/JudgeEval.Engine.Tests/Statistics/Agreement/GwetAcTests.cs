using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Statistics.Agreement;

// Exact values are from reference_values.py, an independent python transcription of Gwet's (2014) formulas.
public class GwetAcTests
{
    [Fact]
    public void Four_raters_with_missing_ratings_match_irrcac()
    {
        // irrCAC vignette: gwet.ac1.raw(cac.raw4raters) -> pa 0.8181818, pe 0.1903212, AC1 0.77544.
        var ac1 = GwetAc.Ac1(PublishedRatings.Krippendorff4x12, PublishedRatings.OneToFive);

        Assert.Equal(0.77544, ac1, 5e-6);
        Assert.Equal(0.775444068126995, ac1, 1e-9);
    }

    [Fact]
    public void Two_raters_from_a_table_match_irrcac() =>
        // irrCAC vignette: gwet.ac1.table(cont3x3abstractors) -> Gwet's AC1 0.8493305.
        Assert.Equal(0.8493305, GwetAc.Ac1(PublishedRatings.Abstractors, [1, 2, 3]), 5e-8);

    [Theory]
    [InlineData(KappaWeighting.Linear, 0.858739136432611)]
    [InlineData(KappaWeighting.Quadratic, 0.914000723551605)]
    public void Weighted_ac2_matches_the_independent_computation(KappaWeighting weighting, double expected) =>
        Assert.Equal(expected, GwetAc.Ac2(PublishedRatings.Krippendorff4x12, PublishedRatings.OneToFive, KappaWeights.Create(weighting, 5)), 1e-9);

    [Fact]
    public void Ac2_with_identity_weights_is_ac1() =>
        Assert.Equal(
            GwetAc.Ac1(PublishedRatings.Fleiss1971, PublishedRatings.OneToFive),
            GwetAc.Ac2(PublishedRatings.Fleiss1971, PublishedRatings.OneToFive, KappaWeights.Create(KappaWeighting.Unweighted, 5)),
            1e-15);

    [Fact]
    public void An_unused_category_still_counts_in_q() =>
        // q = 6 instead of 5 lowers p_e: 0.785526781226146 instead of 0.775444068126995.
        Assert.Equal(0.785526781226146, GwetAc.Ac1(PublishedRatings.Krippendorff4x12, [1, 2, 3, 4, 5, 6]), 1e-9);

    [Fact]
    public void Fleiss_1971_data() =>
        Assert.Equal(0.447884515844564, GwetAc.Ac1(PublishedRatings.Fleiss1971, PublishedRatings.OneToFive), 1e-9);

    [Fact]
    public void Unanimous_single_category_is_one_where_kappa_is_undefined() =>
        // p_a = 1 and pi = (0, 1, 0) give p_e = 0: AC1 = 1 (Gwet's answer to the kappa paradox).
        Assert.Equal(1.0, GwetAc.Ac1([[2, 2, 2], [2, 2, 2]], [1, 2, 3]), 1e-15);

    [Fact]
    public void Undefined_cases_are_NaN()
    {
        Assert.True(double.IsNaN(GwetAc.Ac1([[1, null], [null, 1]], [1, 2])));
        Assert.True(double.IsNaN(GwetAc.Ac1([[1, 1]], [1])));
        Assert.True(double.IsNaN(GwetAc.Ac1([], [1, 2])));
    }
}
