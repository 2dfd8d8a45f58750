using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Statistics.Agreement;

// Exact values are from reference_values.py (exact fractions), which reproduces each published figure.
public class FleissKappaTests
{
    [Fact]
    public void Fleiss_1971_psychiatric_diagnoses()
    {
        // Fleiss (1971): kappa = .430; R irr::kappam.fleiss(diagnoses) prints 0.4302445.
        var kappa = FleissKappa.Compute(PublishedRatings.Fleiss1971, PublishedRatings.OneToFive);

        Assert.Equal(0.4302445, kappa, 5e-8);
        Assert.Equal(0.430244520060141, kappa, 1e-9);
    }

    [Fact]
    public void Wikipedia_fourteen_rater_example() =>
        // Wikipedia "Fleiss' kappa": kappa = 0.210 (P-bar = 0.378, P-bar_e = 0.213).
        Assert.Equal(0.210, FleissKappa.Compute(PublishedRatings.WikipediaFleiss, PublishedRatings.OneToFive), 5e-4);

    [Fact]
    public void Missing_ratings_follow_gwets_generalisation()
    {
        // irrCAC vignette: fleiss.kappa.raw(cac.raw4raters) -> pa 0.8181818, pe 0.2387153, Fleiss' Kappa 0.76117.
        var kappa = FleissKappa.Compute(PublishedRatings.Krippendorff4x12, PublishedRatings.OneToFive);

        Assert.Equal(0.76117, kappa, 5e-6);
        Assert.Equal(0.761169275422411, kappa, 1e-9);
    }

    [Fact]
    public void Weighted_form_matches_the_independent_computation() =>
        Assert.Equal(
            0.864935064935065,
            FleissKappa.Compute(PublishedRatings.Krippendorff4x12, PublishedRatings.OneToFive, KappaWeights.Create(KappaWeighting.Quadratic, 5)),
            1e-9);

    [Fact]
    public void Unrated_items_are_ignored()
    {
        var raters = PublishedRatings.Fleiss1971.Select(r => r.Append(null).Prepend(null).ToArray()).ToArray();

        Assert.Equal(0.430244520060141, FleissKappa.Compute(raters, PublishedRatings.OneToFive), 1e-9);
    }

    [Fact]
    public void Undefined_cases_are_NaN()
    {
        double[] grades = [1, 2, 3];
        Assert.True(double.IsNaN(FleissKappa.Compute([], grades)));
        Assert.True(double.IsNaN(FleissKappa.Compute([[1, null], [null, 2]], grades)));
        Assert.True(double.IsNaN(FleissKappa.Compute([[2, 2], [2, 2], [2, 2]], grades)));
    }
}
