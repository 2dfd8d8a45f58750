using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Statistics.Agreement;

public class KappaWeightsTests
{
    [Fact]
    public void Three_category_weights_match_the_irrcac_vignette()
    {
        // irrCAC "weighting" vignette: linear.weights(1:3) off-diagonal 0.5 / 0; quadratic.weights(1:3) 0.75 / 0.
        var linear = KappaWeights.Create(KappaWeighting.Linear, 3);
        var quadratic = KappaWeights.Create(KappaWeighting.Quadratic, 3);

        Assert.Equal(new double[,] { { 1, 0.5, 0 }, { 0.5, 1, 0.5 }, { 0, 0.5, 1 } }, linear);
        Assert.Equal(new double[,] { { 1, 0.75, 0 }, { 0.75, 1, 0.75 }, { 0, 0.75, 1 } }, quadratic);
        Assert.Equal(new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }, KappaWeights.Create(KappaWeighting.Unweighted, 3));
    }

    [Fact]
    public void A_single_category_has_the_trivial_matrix() =>
        Assert.Equal(new double[,] { { 1 } }, KappaWeights.Create(KappaWeighting.Quadratic, 1));

    [Fact]
    public void Custom_cannot_be_created_without_the_matrix() =>
        Assert.Throws<ArgumentException>(() => KappaWeights.Create(KappaWeighting.Custom, 3));

    [Fact]
    public void A_valid_custom_matrix_passes_and_converts()
    {
        double[][] custom = [[1, 0.5, 0], [0.5, 1, 0.25], [0, 0.25, 1]];

        Assert.Null(KappaWeights.Validate(custom, 3));
        Assert.Equal(0.25, KappaWeights.FromCustom(custom)[2, 1]);
    }

    [Theory]
    [InlineData("rows", "weights must have 3 rows, one per category, but has 2.")]
    [InlineData("ragged", "weights row 2 must have 3 entries, one per category, but has 2.")]
    [InlineData("range", "weights[1][2] is 1.5, outside [0, 1].")]
    [InlineData("diagonal", "weights[2][2] is 0.9; the diagonal must be 1 (a category fully agrees with itself).")]
    [InlineData("asymmetric", "weights[1][2] is 0.5 but weights[2][1] is 0.25; agreement weights must be symmetric.")]
    [InlineData("nan", "weights[1][3] is NaN, outside [0, 1].")]
    public void Invalid_custom_matrices_say_why(string problem, string message)
    {
        double[][] custom = problem switch
        {
            "rows" => [[1, 0, 0], [0, 1, 0]],
            "ragged" => [[1, 0, 0], [0, 1], [0, 0, 1]],
            "range" => [[1, 1.5, 0], [1.5, 1, 0], [0, 0, 1]],
            "diagonal" => [[1, 0, 0], [0, 0.9, 0], [0, 0, 1]],
            "asymmetric" => [[1, 0.5, 0], [0.25, 1, 0], [0, 0, 1]],
            _ => [[1, 0, double.NaN], [0, 1, 0], [double.NaN, 0, 1]],
        };

        Assert.Equal(message, KappaWeights.Validate(custom, 3));
        Assert.Throws<ArgumentException>(() => KappaWeights.FromCustom(custom));
    }
}
