namespace JudgeEval.Engine.Statistics.Correlation;

/// <summary>
/// Correlations over pairwise-complete items (both values present; others skipped).
/// NaN when fewer than two complete pairs remain or either side is constant over them.
/// </summary>
public static class RankCorrelation
{
    /// <summary>
    /// Spearman's rho as the Pearson correlation of the ranks, ties given the average of the ranks they span
    /// (the "tie-corrected" rho, not the 1 - 6 sum d^2 / (n (n^2 - 1)) shortcut, which is wrong with ties).
    /// Ranking is MathNet.Numerics' Correlation.Spearman, whose ranks use RankDefinition.Average; on a discrete scale
    /// (<see cref="DiscreteRanks"/>) the same ranks are counted rather than sorted.
    /// </summary>
    public static double Spearman(ReadOnlySpan<double?> x, ReadOnlySpan<double?> y)
    {
        var n = PairwiseComplete.Count(x, y);
        if (n < 2 || PairwiseComplete.EitherConstant(x, y))
        {
            return double.NaN;
        }

        // On a discrete scale the ranks come from counts, by value (the same numbers, without sorting n values or a
        // rank per item); the Pearson correlation of the ranks is then MathNet's own recurrence, as in its Spearman.
        if (DiscreteRanks.OfComplete(x, y) is { } ranksX && DiscreteRanks.OfComplete(y, x) is { } ranksY)
        {
            var pearson = new RunningPearson();
            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] is { } a && y[i] is { } b)
                {
                    pearson.Add(ranksX.Of(a), ranksY.Of(b));
                }
            }

            return pearson.Value;
        }

        var (xs, ys) = PairwiseComplete.Compact(x, y, n);
        return MathNet.Numerics.Statistics.Correlation.Spearman(xs, ys);
    }

    /// <summary>
    /// Pearson's r = s_xy / sqrt(s_xx s_yy), two passes (means first), no allocation. It equals
    /// MathNet.Numerics' Correlation.Pearson on the complete pairs (a test checks that).
    /// </summary>
    public static double Pearson(ReadOnlySpan<double?> x, ReadOnlySpan<double?> y)
    {
        var n = PairwiseComplete.Count(x, y);
        if (n < 2 || PairwiseComplete.EitherConstant(x, y))
        {
            return double.NaN;
        }

        double sumX = 0, sumY = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] is { } a && y[i] is { } b)
            {
                sumX += a;
                sumY += b;
            }
        }

        double meanX = sumX / n, meanY = sumY / n, sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] is { } a && y[i] is { } b)
            {
                double dx = a - meanX, dy = b - meanY;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }
}
