using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Statistics.Agreement;

public class QuadraticKappaIdentityTests
{
    // With quadratic weights on equally spaced grades, kappa_w = 1 - E(X - Y)^2 / E_indep(X - Y)^2, which expands to
    // 2 s_xy / (s_x^2 + s_y^2 + (mean x - mean y)^2) with population (1/n) moments (Fleiss and Cohen 1973). The test
    // computes that moment form directly from the raw grades, a path independent of the table code.
    [Theory]
    [InlineData(1, 0, 4)]
    [InlineData(7, 1, 5)]
    [InlineData(42, 0, 9)]
    public void Quadratic_weighted_kappa_equals_the_moment_form(int seed, int min, int max)
    {
        var random = new Random(seed);
        var grades = Enumerable.Range(min, max - min + 1).Select(g => (double)g).ToArray();
        var x = new double?[500];
        var y = new double?[500];
        for (var i = 0; i < x.Length; i++)
        {
            var truth = random.Next(min, max + 1);
            x[i] = truth;
            y[i] = Math.Clamp(truth + random.Next(-2, 2), min, max);
        }

        var kappa = CohenKappa.Compute(x, y, grades, KappaWeights.Create(KappaWeighting.Quadratic, grades.Length));

        Assert.Equal(MomentForm(x, y), kappa, 1e-12);
    }

    [Fact]
    public void Irr_anxiety_moment_form_matches_the_published_squared_kappa()
    {
        // On grade positions 0..4 of the levels 1, 2, 3, 4, 6 (see CohenKappaPublishedExamplesTests): 0.2520325.
        double?[] Positions(double?[] values) => [.. values.Select(v => (double?)Array.IndexOf([1.0, 2, 3, 4, 6], v!.Value))];

        Assert.Equal(0.2520325, MomentForm(Positions(Anxiety.Rater2), Positions(Anxiety.Rater3)), 5e-8);
    }

    static double MomentForm(double?[] x, double?[] y)
    {
        var xs = x.Select(v => v!.Value).ToArray();
        var ys = y.Select(v => v!.Value).ToArray();
        double mx = xs.Average(), my = ys.Average();
        var vx = xs.Average(v => (v - mx) * (v - mx));
        var vy = ys.Average(v => (v - my) * (v - my));
        var cxy = xs.Zip(ys, (a, b) => (a - mx) * (b - my)).Average();
        return 2 * cxy / (vx + vy + ((mx - my) * (mx - my)));
    }
}
