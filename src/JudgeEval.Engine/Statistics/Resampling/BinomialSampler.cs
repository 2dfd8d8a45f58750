using MathNet.Numerics.Distributions;

namespace JudgeEval.Engine.Statistics.Resampling;

/// <summary>
/// Exact binomial draws in O(log n) time. MathNet's Binomial.Sample sums n Bernoulli trials, which would make a
/// cell bootstrap as slow as an item bootstrap. This uses the order-statistic recursion (Knuth, TAOCP vol. 2,
/// 3.4.1): the a-th smallest of t uniforms is Beta(a, t + 1 - a); the uniforms below p then lie either among the
/// a - 1 below it (when it is at least p) or include the a smallest plus some of the t - a above it.
/// </summary>
public static class BinomialSampler
{
    /// <summary>Below this many trials Bernoulli trials are cheaper than two gamma draws per halving.</summary>
    const long DirectTrials = 16;

    public static long Sample(Random random, long trials, double probability)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability lies in [0, 1].");
        }

        long successes = 0;
        var p = probability;
        while (trials > DirectTrials)
        {
            if (p <= 0)
            {
                return successes;
            }

            if (p >= 1)
            {
                return successes + trials;
            }

            var a = 1 + (trials / 2);
            var b = trials + 1 - a;
            var x = Beta.Sample(random, a, b);
            if (x >= p)
            {
                trials = a - 1;
                p /= x;
            }
            else
            {
                successes += a;
                trials = b - 1;
                p = (p - x) / (1 - x);
            }
        }

        for (var i = 0L; i < trials; i++)
        {
            if (random.NextDouble() < p)
            {
                successes++;
            }
        }

        return successes;
    }
}
