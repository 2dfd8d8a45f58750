using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Statistics.Agreement;

// Exact values are from reference_values.py (exact fractions over the coincidence matrix).
public class KrippendorffAlphaTests
{
    [Theory]
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: nominal .743, ordinal .815,
    // interval .849. Nominal is 113/152 exactly; irrCAC's krippen.alpha.raw(cac.raw4raters) prints 0.74342.
    [InlineData(AlphaLevel.Nominal, 0.743, 0.743421052631579)]
    [InlineData(AlphaLevel.Ordinal, 0.815, 0.815387503754881)]
    [InlineData(AlphaLevel.Interval, 0.849, 0.849107142857143)]
    public void Four_observers_twelve_units_with_missing_values(AlphaLevel level, double published, double exact)
    {
        var alpha = KrippendorffAlpha.Compute(PublishedRatings.Krippendorff4x12, level);

        Assert.Equal(published, alpha, 5e-4);
        Assert.Equal(exact, alpha, 1e-9);
        Assert.Equal(alpha, KrippendorffAlpha.Compute(PublishedRatings.Krippendorff4x12, level, PublishedRatings.OneToFive), 1e-12);
    }

    [Fact]
    public void Two_observers_binary_example()
    {
        // Krippendorff (2011), section A: two observers, ten units, values 0/1: alpha = 0.095 (= 2/21).
        double?[][] raters = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]];

        Assert.Equal(0.095, KrippendorffAlpha.Compute(raters, AlphaLevel.Nominal), 5e-4);
        Assert.Equal(2.0 / 21, KrippendorffAlpha.Compute(raters, AlphaLevel.Nominal), 1e-12);
    }

    [Fact]
    public void Two_raters_complete_data_match_irrcac() =>
        // irrCAC vignette: krippen2.table(cont3x3abstractors) -> 0.7972585.
        Assert.Equal(0.7972585, KrippendorffAlpha.Compute(PublishedRatings.Abstractors, AlphaLevel.Nominal), 5e-8);

    [Fact]
    public void Unused_categories_change_nothing() =>
        Assert.Equal(
            KrippendorffAlpha.Compute(PublishedRatings.Krippendorff4x12, AlphaLevel.Ordinal),
            KrippendorffAlpha.Compute(PublishedRatings.Krippendorff4x12, AlphaLevel.Ordinal, [0, 1, 2, 3, 4, 5, 6]),
            1e-12);

    [Fact]
    public void Pairwise_values_work_and_interval_alpha_ignores_a_linear_rescaling()
    {
        // First/Tie/Second = 1, 1.5, 2 are 0, 1, 2 halved and shifted: interval alpha must not move; nominal and
        // ordinal only see the categories and their order, so they cannot move either.
        double[] pairwise = [1, 1.5, 2];
        var rescaled = PublishedRatings.Abstractors.Select(r => r.Select(v => (double?)(((v!.Value - 1) / 2) + 1)).ToArray()).ToArray();

        foreach (var level in new[] { AlphaLevel.Nominal, AlphaLevel.Ordinal, AlphaLevel.Interval })
        {
            Assert.Equal(
                KrippendorffAlpha.Compute(PublishedRatings.Abstractors, level),
                KrippendorffAlpha.Compute(rescaled, level, pairwise),
                1e-12);
        }
    }

    [Fact]
    public void Undefined_cases_are_NaN()
    {
        Assert.True(double.IsNaN(KrippendorffAlpha.Compute([], AlphaLevel.Nominal)));
        Assert.True(double.IsNaN(KrippendorffAlpha.Compute([[1, null], [null, 2]], AlphaLevel.Interval)));
        Assert.True(double.IsNaN(KrippendorffAlpha.Compute([[3, 3], [3, 3]], AlphaLevel.Ordinal)));
    }
}
