using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Statistics.Agreement;

public class KappaUndefinedCasesTests
{
    static readonly double[] Grades = [0, 1, 2, 3];
    static readonly double[,] Quadratic = KappaWeights.Create(KappaWeighting.Quadratic, 4);

    [Fact]
    public void No_complete_pair_is_NaN() =>
        Assert.True(double.IsNaN(CohenKappa.Compute([1, null, null], [null, 2, null], Grades, Quadratic)));

    [Fact]
    public void Empty_lists_are_NaN() =>
        Assert.True(double.IsNaN(CohenKappa.Compute([], [], Grades, Quadratic)));

    [Fact]
    public void Both_raters_always_giving_the_same_grade_is_NaN_not_one() =>
        Assert.True(double.IsNaN(CohenKappa.Compute([2, 2, 2], [2, 2, 2], Grades, KappaWeights.Create(KappaWeighting.Unweighted, 4))));

    [Fact]
    public void Only_complete_pairs_count()
    {
        // Missing on either side drops the item: the result equals the kappa of the three complete pairs.
        var withGaps = CohenKappa.Compute([0, 1, null, 3, 2], [0, 2, 1, 3, null], Grades, Quadratic);
        var complete = CohenKappa.Compute([0, 1, 3], [0, 2, 3], Grades, Quadratic);

        Assert.Equal(complete, withGaps, 1e-15);
    }

    [Fact]
    public void Perfect_agreement_is_one_and_systematic_disagreement_is_negative()
    {
        Assert.Equal(1.0, CohenKappa.Compute([0, 1, 2, 3], [0, 1, 2, 3], Grades, Quadratic), 1e-15);
        Assert.True(CohenKappa.Compute([0, 1, 2, 3], [3, 2, 1, 0], Grades, Quadratic) < 0);
    }

    [Fact]
    public void A_value_outside_the_categories_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CohenKappa.Compute([7], [1], Grades, Quadratic));
        Assert.Throws<ArgumentOutOfRangeException>(() => CohenKappa.Compute([0.5], [1], Grades, Quadratic));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfusionMatrix.Build([1], [1], []));
    }
}
