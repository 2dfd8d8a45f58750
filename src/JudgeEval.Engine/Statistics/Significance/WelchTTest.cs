using MathNet.Numerics.Distributions;

namespace JudgeEval.Engine.Statistics.Significance;

/// <summary>
/// Welch's unequal-variance t-test of mean(a) - mean(b): sample variances (n - 1), Welch-Satterthwaite degrees of
/// freedom, two-sided p-value and a 95% interval of the difference. NaN when either group has fewer than 2 values.
/// </summary>
public static class WelchTTest
{
    public static WelchResult Run(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count < 2 || b.Count < 2)
        {
            var d = a.Count > 0 && b.Count > 0 ? a.Average() - b.Average() : double.NaN;
            return new WelchResult(d, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double ma = a.Average(), mb = b.Average();
        double va = Variance(a, ma) / a.Count, vb = Variance(b, mb) / b.Count;
        var se = Math.Sqrt(va + vb);
        var diff = ma - mb;
        if (se == 0)
        {
            // Two constant groups: the difference is exact.
            return new WelchResult(diff, double.NaN, double.NaN, diff == 0 ? 1 : 0, diff, diff);
        }

        var df = (va + vb) * (va + vb) / ((va * va / (a.Count - 1)) + (vb * vb / (b.Count - 1)));
        var t = diff / se;
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        var q = StudentT.InvCDF(0, 1, df, 0.975);
        return new WelchResult(diff, t, df, p, diff - (q * se), diff + (q * se));
    }

    static double Variance(IReadOnlyList<double> values, double mean) => values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
}

/// <summary>Welch's test of mean(a) - mean(b): the difference, t, degrees of freedom, two-sided p and the 95% interval.</summary>
public sealed record WelchResult(double Difference, double T, double DegreesOfFreedom, double PValue, double Lower, double Upper);
