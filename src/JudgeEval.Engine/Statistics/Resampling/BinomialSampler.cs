namespace JudgeEval.Engine.Statistics.Resampling;

/// <summary>
/// Binomial draws in O(1) expected time, whatever the number of trials. MathNet's Binomial.Sample sums n
/// Bernoulli trials, which would make a cell bootstrap as slow as an item bootstrap. Below a mean of 10 this
/// inverts the cumulative distribution from 0 upwards (about n·p + 1 steps); above it, it uses Hörmann's BTRS
/// (transformed rejection with squeeze, "The generation of binomial random variates", J. Stat. Comput. Simul.
/// 46, 1993), which accepts about 9 draws in 10 with no logarithm. The draws have the binomial distribution (the
/// inversion's only departure is a tail below 1e-13, see there); the random stream differs from other samplers'.
/// </summary>
public static class BinomialSampler
{
    /// <summary>Hörmann's bound: below this mean the rejection hat is poor and inversion takes few steps.</summary>
    const double InversionMean = 10;

    public static long Sample(Random random, long trials, double probability)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability lies in [0, 1].");
        }

        if (trials == 0 || probability == 0)
        {
            return 0;
        }

        if (probability == 1)
        {
            return trials;
        }

        // Both methods want p <= 1/2; the failures of Binomial(n, p) are Binomial(n, 1 - p).
        if (probability > 0.5)
        {
            return trials - Draw(random, trials, 1 - probability);
        }

        return Draw(random, trials, probability);
    }

    static long Draw(Random random, long trials, double p) =>
        trials * p < InversionMean ? Inversion(random, trials, p) : TransformedRejection(random, trials, p);

    /// <summary>Walks the pmf from 0 with the ratio f(k)/f(k-1) = (n-k+1)p / (kq) until the uniform is used up.</summary>
    static long Inversion(Random random, long trials, double p)
    {
        var q = 1 - p;
        var first = Math.Exp(trials * LogOneMinus(p));
        var mean = trials * p;

        // Rounding can leave a sliver of the uniform that the pmf never uses up, so the walk stops at mean + 10 sd
        // (+1) and draws again: the draw is conditioned on the bound, whose tail has probability below 1e-13.
        var bound = Math.Min(trials, (long)(mean + (10 * Math.Sqrt((mean * q) + 1))));
        while (true)
        {
            var u = random.NextDouble();
            var pmf = first;
            var k = 0L;
            while (u > pmf)
            {
                u -= pmf;
                k++;
                if (k > bound)
                {
                    break;
                }

                pmf *= (trials - k + 1) * p / (k * q);
            }

            if (k <= bound)
            {
                return k;
            }
        }
    }

    /// <summary>
    /// log(1 - p) without the rounding of 1 - p, which matters when p is tiny and n huge (n·p below 10 with n at
    /// 1e12 would put 1e-4 of error into n·log q). Below 1e-4 the series to p⁴ is exact to double precision.
    /// </summary>
    static double LogOneMinus(double p) =>
        p < 1e-4 ? -p * (1 + (p * ((1.0 / 2) + (p * ((1.0 / 3) + (p / 4)))))) : Math.Log(1 - p);

    /// <summary>Hörmann's BTRS, with his constants; the final test compares against the exact log pmf ratio.</summary>
    static long TransformedRejection(Random random, long trials, double p)
    {
        var q = 1 - p;
        var n = (double)trials;
        var spq = Math.Sqrt(n * p * q);
        var b = 1.15 + (2.53 * spq);
        var a = -0.0873 + (0.0248 * b) + (0.01 * p);
        var c = (n * p) + 0.5;
        var acceptSquare = 0.92 - (4.2 / b);
        var alpha = (2.83 + (5.1 / b)) * spq;

        // The exact test's constants are needed only when the squeeze fails, so they are made then: two log-gammas and
        // a logarithm for every draw were a fifth of a cell bootstrap's time. Same values, same stream.
        var (mode, logOdds, logModeTerms) = (0.0, 0.0, double.NaN);
        while (true)
        {
            var u = random.NextDouble() - 0.5;
            var v = random.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + c);
            if (k < 0 || k > n)
            {
                continue;
            }

            if (us >= 0.07 && v <= acceptSquare)
            {
                return (long)k;
            }

            if (double.IsNaN(logModeTerms))
            {
                mode = Math.Floor((n + 1) * p);
                logOdds = Math.Log(p / q);
                logModeTerms = LogFactorial.Of(mode) + LogFactorial.Of(n - mode);
            }

            var logV = Math.Log(v * alpha / ((a / (us * us)) + b));
            var logRatio = logModeTerms - LogFactorial.Of(k) - LogFactorial.Of(n - k) + ((k - mode) * logOdds);
            if (logV <= logRatio)
            {
                return (long)k;
            }
        }
    }
}
