using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Statistics.Resampling;

/// <summary>
/// The documented seed mapping: resample b draws its n indices as the next n values of new Random(seed).Next(n),
/// so any tool that knows the rule (and .NET's seeded Random, stable across versions and platforms) can replay it.
/// </summary>
public sealed class SeedContractTests
{
    [Fact]
    public void Item_resamples_are_consecutive_Next_n_draws_of_a_seeded_Random()
    {
        const int N = 7;
        const int Seed = 20_240_101;
        var seen = new List<int[]>();
        _ = PercentileBootstrap.Replicates(N, drawn =>
        {
            seen.Add((int[])drawn.Clone());
            return 0;
        }, 3, Seed);

        var reference = new Random(Seed);
        var expected = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, N).Select(_ => reference.Next(N)).ToArray()).ToList();
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void Cell_resamples_repeat_with_the_seed()
    {
        long[,] table = { { 30, 5 }, { 8, 57 } };
        var first = PercentileBootstrap.Replicates(table, t => t[0, 0] + (1000 * t[1, 1]), 50, 3);
        var again = PercentileBootstrap.Replicates(table, t => t[0, 0] + (1000 * t[1, 1]), 50, 3);
        Assert.Equal(first, again);
        Assert.True(first.Distinct().Count() > 10);
    }
}
