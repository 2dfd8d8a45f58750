using MathNet.Numerics.Distributions;

namespace JudgeEval.Engine.Statistics.Significance;

/// <summary>
/// One-sample t-test of H0: mean &gt;= mu against H1: mean &lt; mu (lower tail): t = (mean - mu) / (s / sqrt(n)) with the
/// sample standard deviation s (n - 1), p = P(T_{n-1} &lt;= t). With s = 0 the sample settles it: p = 0 when the mean is
/// below mu, 1 when above, NaN when equal; NaN with fewer than 2 values.
/// </summary>
public static class OneSampleTTest
{
    public static double LowerTailP(IReadOnlyList<double> values, double mu)
    {
        var n = values.Count;
        if (n < 2)
        {
            return double.NaN;
        }

        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        if (sd == 0)
        {
            return mean < mu ? 0 : mean > mu ? 1 : double.NaN;
        }

        var t = (mean - mu) / (sd / Math.Sqrt(n));
        return StudentT.CDF(0, 1, n - 1, t);
    }
}
