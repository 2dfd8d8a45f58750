using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Statistics.Correlation;

/// <summary>The pairs where both values are present, and whether either side is constant over them.</summary>
internal static class PairwiseComplete
{
    public static int Count(ReadOnlySpan<double?> x, ReadOnlySpan<double?> y)
    {
        ConfusionMatrix.CheckSameLength(x.Length, y.Length);
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i].HasValue && y[i].HasValue)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>True when x or y takes a single value over the complete pairs (the correlation is then undefined).</summary>
    public static bool EitherConstant(ReadOnlySpan<double?> x, ReadOnlySpan<double?> y)
    {
        double? firstX = null, firstY = null;
        bool xVaries = false, yVaries = false;
        for (var i = 0; i < x.Length && !(xVaries && yVaries); i++)
        {
            if (x[i] is not { } a || y[i] is not { } b)
            {
                continue;
            }

            firstX ??= a;
            firstY ??= b;
            xVaries |= a != firstX;
            yVaries |= b != firstY;
        }

        return !(xVaries && yVaries);
    }

    public static (double[] X, double[] Y) Compact(ReadOnlySpan<double?> x, ReadOnlySpan<double?> y, int n)
    {
        var xs = new double[n];
        var ys = new double[n];
        var j = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] is { } a && y[i] is { } b)
            {
                xs[j] = a;
                ys[j] = b;
                j++;
            }
        }

        return (xs, ys);
    }
}
