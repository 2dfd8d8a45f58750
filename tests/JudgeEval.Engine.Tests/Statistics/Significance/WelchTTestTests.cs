using JudgeEval.Engine.Statistics.Significance;

namespace JudgeEval.Engine.Tests.Statistics.Significance;

public class WelchTTestTests
{
    // Wikipedia "Welch's t-test", example 1 (t = -2.46, df = 24.9, p = 0.021). The exact t and df are closed-form; the
    // p-value reference is an independent Simpson integration of the t density (python3, 200,000 panels).
    static readonly double[] A1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    static readonly double[] A2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];

    [Fact]
    public void Matches_the_published_example()
    {
        var r = WelchTTest.Run(A1, A2);

        Assert.Equal(-2.1666666666666714, r.Difference, 1e-12);
        Assert.Equal(-2.45535639828601, r.T, 1e-9);
        Assert.Equal(24.98852929023142, r.DegreesOfFreedom, 1e-9);
        Assert.Equal(0.021378001462862062, r.PValue, 1e-9);
        Assert.True(r.Lower < r.Difference && r.Difference < r.Upper && r.Upper < 0);
    }

    [Fact]
    public void Too_few_values_give_no_test() => Assert.True(double.IsNaN(WelchTTest.Run([1.0], A2).PValue));
}
