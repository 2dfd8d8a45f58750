using JudgeEval.Engine.Statistics.Correlation;

namespace JudgeEval.Engine.Tests.Statistics.Correlation;

public class PearsonTests
{
    [Fact]
    public void Anscombe_first_data_set()
    {
        // Anscombe (1973), "Graphs in Statistical Analysis": r = 0.816 for each quartet set; set I exact (python,
        // exact-fraction sums) 0.816420516344840.
        double?[] x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
        double?[] y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

        var r = RankCorrelation.Pearson(x, y);

        Assert.Equal(0.816, r, 5e-4);
        Assert.Equal(0.816420516344840, r, 1e-12);
    }

    [Fact]
    public void Matches_mathnet_on_the_complete_pairs()
    {
        var random = new Random(11);
        var x = new double?[2000];
        var y = new double?[2000];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = random.Next(10) == 0 ? null : random.NextDouble() * 4;
            y[i] = random.Next(10) == 0 ? null : x[i] + random.NextDouble();
        }

        var pairs = x.Zip(y).Where(p => p.First.HasValue && p.Second.HasValue).ToArray();
        var mathNet = MathNet.Numerics.Statistics.Correlation.Pearson(pairs.Select(p => p.First!.Value), pairs.Select(p => p.Second!.Value));

        Assert.Equal(mathNet, RankCorrelation.Pearson(x, y), 1e-12);
    }

    [Fact]
    public void Undefined_cases_are_NaN()
    {
        Assert.True(double.IsNaN(RankCorrelation.Pearson([], [])));
        Assert.True(double.IsNaN(RankCorrelation.Pearson([0.1, 0.1, 0.1], [1, 2, 3])));
        Assert.True(double.IsNaN(RankCorrelation.Pearson([1, 2, 3], [5, 5, 5])));
        Assert.True(double.IsNaN(RankCorrelation.Pearson([1, null], [null, 2])));
    }
}
