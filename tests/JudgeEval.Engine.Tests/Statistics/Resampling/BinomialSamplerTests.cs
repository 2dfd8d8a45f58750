using JudgeEval.Engine.Statistics.Resampling;
using MathNet.Numerics.Distributions;

namespace JudgeEval.Engine.Tests.Statistics.Resampling;

/// <summary>The sampler against the exact binomial pmf (MathNet's Binomial.PMF, computed independently), on both of its paths.</summary>
public sealed class BinomialSamplerTests
{
    [Theory]
    [InlineData(10, 0.3)] // inversion, few trials
    [InlineData(499, 0.02)] // inversion just below a mean of 10
    [InlineData(100_000, 0.00004)] // inversion with many trials and a tiny p
    [InlineData(500, 0.02)] // rejection at a mean of exactly 10, skewed
    [InlineData(40, 0.3)] // rejection, few trials
    [InlineData(30, 0.5)] // rejection, symmetric
    [InlineData(1000, 0.37)] // rejection, many trials
    [InlineData(1000, 0.9)] // p above 1/2: the failures drawn instead
    [InlineData(60, 0.97)] // p above 1/2 with a small mean of failures: inversion
    public void Draws_follow_the_binomial_distribution(int trials, double p)
    {
        const int Draws = 100_000;
        var random = new Random(7);
        var observed = new Dictionary<string, long>();
        for (var i = 0; i < Draws; i++)
        {
            var key = BinomialSampler.Sample(random, trials, p).ToString(System.Globalization.CultureInfo.InvariantCulture);
            observed[key] = observed.GetValueOrDefault(key) + 1;
        }

        var exact = Enumerable.Range(0, trials + 1)
            .ToDictionary(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture), k => Binomial.PMF(p, trials, k));
        Assert.True(GoodnessOfFit.Fits(observed, exact, Draws, out var detail), detail);
    }

    [Theory]
    [InlineData(1_000_000L, 0.25)] // rejection
    [InlineData(3_000_000_000L, 0.3)] // rejection beyond int trials
    [InlineData(2_000_000_000L, 0.000_000_004)] // inversion with a mean of 8 over billions of trials
    public void Many_trials_have_mean_np_and_variance_npq(long trials, double p)
    {
        const int Draws = 20_000;
        var random = new Random(11);
        var values = Enumerable.Range(0, Draws).Select(_ => (double)BinomialSampler.Sample(random, trials, p)).ToArray();
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (Draws - 1);
        var exactVariance = trials * p * (1 - p);
        // Monte Carlo standard errors: sqrt(var / R) for the mean, var * sqrt(2 / R) for the variance (near-normal).
        Assert.InRange(mean, (trials * p) - (5 * Math.Sqrt(exactVariance / Draws)), (trials * p) + (5 * Math.Sqrt(exactVariance / Draws)));
        Assert.InRange(variance, exactVariance * (1 - (5 * Math.Sqrt(2.0 / Draws))), exactVariance * (1 + (5 * Math.Sqrt(2.0 / Draws))));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1.0, 1000)]
    public void Degenerate_probabilities_are_exact(double p, long expected) =>
        Assert.Equal(expected, BinomialSampler.Sample(new Random(1), 1000, p));
}
