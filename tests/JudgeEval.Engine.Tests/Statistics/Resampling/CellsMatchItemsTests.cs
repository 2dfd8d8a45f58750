using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Statistics.Resampling;

/// <summary>
/// Cell resampling and item resampling give the same bootstrap distribution of a statistic: with large B their
/// replicate quantiles, means and spreads agree within Monte Carlo error.
/// </summary>
public sealed class CellsMatchItemsTests
{
    const int Resamples = 20_000;

    static readonly long[,] Table = { { 60, 12, 3 }, { 10, 45, 15 }, { 2, 13, 40 } };

    [Fact]
    public void Kappa_replicates_have_the_same_distribution()
    {
        var (first, second) = TestKappa.Items(Table);
        var byItems = PercentileBootstrap.Replicates(first.Length, drawn => TestKappa.FromItems(first, second, drawn, 3), Resamples, 1);
        var byCells = PercentileBootstrap.Replicates(Table, TestKappa.FromTable, Resamples, 2);
        Array.Sort(byItems);
        Array.Sort(byCells);
        var spread = StandardDeviation(byItems);

        Assert.InRange(StandardDeviation(byCells) / spread, 1 - (5 * Math.Sqrt(1.0 / Resamples)), 1 + (5 * Math.Sqrt(1.0 / Resamples)));
        Assert.InRange(byCells.Average() - byItems.Average(), -5 * spread * Math.Sqrt(2.0 / Resamples), 5 * spread * Math.Sqrt(2.0 / Resamples));
        foreach (var (q, density) in new[] { (0.025, 0.0584), (0.1, 0.1755), (0.5, 0.3989), (0.9, 0.1755), (0.975, 0.0584) })
        {
            // Standard error of a sample quantile, normal approximation: sqrt(q (1 - q) / B) / phi(z_q) * sd, twice over.
            var tolerance = 5 * Math.Sqrt(2 * q * (1 - q) / Resamples) / density * spread;
            var difference = Percentile.QuantileOfSorted(byCells, q) - Percentile.QuantileOfSorted(byItems, q);
            Assert.True(Math.Abs(difference) < tolerance, $"quantile {q}: difference {difference:F4}, tolerance {tolerance:F4}");
        }
    }

    [Fact]
    public void Percentile_intervals_agree()
    {
        var (first, second) = TestKappa.Items(Table);
        var byItems = PercentileBootstrap.Items(first.Length, drawn => TestKappa.FromItems(first, second, drawn, 3), Resamples, 3);
        var byCells = PercentileBootstrap.Cells(Table, TestKappa.FromTable, Resamples, 4);
        var point = TestKappa.FromTable(Table);
        Assert.True(byCells.Contains(point));
        Assert.Equal(byItems.Lower, byCells.Lower, 0.01);
        Assert.Equal(byItems.Upper, byCells.Upper, 0.01);
    }

    [Fact]
    public void Item_resampled_tables_have_the_multinomial_cell_means()
    {
        var (first, second) = TestKappa.Items(Table);
        var n = first.Length;
        var sums = new double[3, 3];
        _ = PercentileBootstrap.Replicates(n, drawn =>
        {
            foreach (var i in drawn)
            {
                sums[first[i], second[i]]++;
            }

            return 0;
        }, Resamples, 5);
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                var p = (double)Table[r, c] / n;
                var se = Math.Sqrt(n * p * (1 - p) / Resamples);
                Assert.InRange(sums[r, c] / Resamples, (n * p) - (5 * se), (n * p) + (5 * se));
            }
        }
    }

    static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
