using JudgeEval.Engine.Statistics.Resampling;
using MathNet.Numerics;

namespace JudgeEval.Engine.Tests.Statistics.Resampling;

/// <summary>
/// The cell draw against the exact multinomial: moments E = n p, Var = n p (1 - p), Cov = -n p_i p_j, and the full
/// joint distribution n! / prod(x!) * prod(p^x) by chi-square.
/// </summary>
public sealed class MultinomialTests
{
    [Fact]
    public void Cell_counts_have_multinomial_means_variances_and_covariances()
    {
        long[] counts = [50, 30, 15, 5];
        const int Draws = 100_000;
        var n = counts.Sum();
        var p = counts.Select(c => (double)c / n).ToArray();
        var random = new Random(3);
        var drawn = new long[counts.Length];
        var samples = new double[Draws, counts.Length];
        for (var d = 0; d < Draws; d++)
        {
            Multinomial.Draw(random, counts, drawn);
            Assert.Equal(n, drawn.Sum());
            for (var j = 0; j < counts.Length; j++)
            {
                samples[d, j] = drawn[j];
            }
        }

        for (var i = 0; i < counts.Length; i++)
        {
            var meanI = Mean(samples, i);
            var variance = n * p[i] * (1 - p[i]);
            Assert.InRange(meanI, (n * p[i]) - (5 * Math.Sqrt(variance / Draws)), (n * p[i]) + (5 * Math.Sqrt(variance / Draws)));
            for (var j = i; j < counts.Length; j++)
            {
                var exact = i == j ? variance : -n * p[i] * p[j];
                var observed = Covariance(samples, i, j);
                // Standard error of a sample covariance of near-normal variables: sqrt((s_ii s_jj + s_ij^2) / R).
                var se = Math.Sqrt(((n * p[i] * (1 - p[i]) * n * p[j] * (1 - p[j])) + (exact * exact)) / Draws);
                Assert.InRange(observed, exact - (6 * se), exact + (6 * se));
            }
        }
    }

    [Fact]
    public void Joint_distribution_of_a_small_table_is_multinomial()
    {
        long[] counts = [20, 12, 8];
        const int Draws = 200_000;
        var n = (int)counts.Sum();
        var p = counts.Select(c => (double)c / n).ToArray();
        var exact = new Dictionary<string, double>();
        for (var a = 0; a <= n; a++)
        {
            for (var b = 0; a + b <= n; b++)
            {
                var c = n - a - b;
                var logP = SpecialFunctions.FactorialLn(n) - SpecialFunctions.FactorialLn(a) - SpecialFunctions.FactorialLn(b)
                    - SpecialFunctions.FactorialLn(c) + (a * Math.Log(p[0])) + (b * Math.Log(p[1])) + (c * Math.Log(p[2]));
                exact[$"{a},{b},{c}"] = Math.Exp(logP);
            }
        }

        var random = new Random(5);
        var drawn = new long[3];
        var observed = new Dictionary<string, long>();
        for (var d = 0; d < Draws; d++)
        {
            Multinomial.Draw(random, counts, drawn);
            var key = $"{drawn[0]},{drawn[1]},{drawn[2]}";
            observed[key] = observed.GetValueOrDefault(key) + 1;
        }

        Assert.True(GoodnessOfFit.Fits(observed, exact, Draws, out var detail), detail);
    }

    [Fact]
    public void Empty_cells_stay_empty()
    {
        long[] counts = [0, 7, 0, 3];
        var drawn = new long[4];
        Multinomial.Draw(new Random(1), counts, drawn);
        Assert.Equal(0, drawn[0]);
        Assert.Equal(0, drawn[2]);
        Assert.Equal(10, drawn[1] + drawn[3]);
    }

    static double Mean(double[,] samples, int column)
    {
        var sum = 0.0;
        for (var d = 0; d < samples.GetLength(0); d++)
        {
            sum += samples[d, column];
        }

        return sum / samples.GetLength(0);
    }

    static double Covariance(double[,] samples, int i, int j)
    {
        var meanI = Mean(samples, i);
        var meanJ = Mean(samples, j);
        var sum = 0.0;
        for (var d = 0; d < samples.GetLength(0); d++)
        {
            sum += (samples[d, i] - meanI) * (samples[d, j] - meanJ);
        }

        return sum / (samples.GetLength(0) - 1);
    }
}
