using JudgeEval.Engine.Statistics.Resampling;
using MathNet.Numerics.Distributions;

namespace JudgeEval.Engine.Tests.Statistics.Resampling;

/// <summary>The fast sampler against the exact binomial pmf (MathNet's Binomial.PMF, computed independently).</summary>
public sealed class BinomialSamplerTests
{
    [Theory]
    [InlineData(10, 0.3)] // direct Bernoulli path only
    [InlineData(40, 0.3)] // one or two beta splits
    [InlineData(1000, 0.37)] // many splits
    [InlineData(500, 0.02)] // skewed
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

    [Fact]
    public void A_million_trials_have_mean_np_and_variance_npq()
    {
        const long Trials = 1_000_000;
        const double P = 0.25;
        const int Draws = 20_000;
        var random = new Random(11);
        var values = Enumerable.Range(0, Draws).Select(_ => (double)BinomialSampler.Sample(random, Trials, P)).ToArray();
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (Draws - 1);
        var exactVariance = Trials * P * (1 - P);
        // Monte Carlo standard errors: sqrt(var / R) for the mean, var * sqrt(2 / R) for the variance (near-normal).
        Assert.InRange(mean, (Trials * P) - (5 * Math.Sqrt(exactVariance / Draws)), (Trials * P) + (5 * Math.Sqrt(exactVariance / Draws)));
        Assert.InRange(variance, exactVariance * (1 - (5 * Math.Sqrt(2.0 / Draws))), exactVariance * (1 + (5 * Math.Sqrt(2.0 / Draws))));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1.0, 1000)]
    public void Degenerate_probabilities_are_exact(double p, long expected) =>
        Assert.Equal(expected, BinomialSampler.Sample(new Random(1), 1000, p));
}
