using BenchmarkDotNet.Attributes;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Benchmarks;

/// <summary>
/// The two bootstrap methods at the full audit's size: kappa on 1,000,000 items (4 categories, the judge agrees 70%
/// of the time). The cell method runs at the audit's B = 10,000; the item method, O(B * n), takes minutes per
/// operation there, so it runs at B = 100 beside the cell method at the same B for a like-for-like ratio.
/// </summary>
[MemoryDiagnoser]
public class BootstrapAtScaleBenchmarks
{
    const int Items = 1_000_000;
    const int Categories = 4;
    const int Seed = 20_260_401;

    readonly int[] human = new int[Items];
    readonly int[] judge = new int[Items];
    readonly long[,] table = new long[Categories, Categories];
    readonly long[,] tally = new long[Categories, Categories];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        for (var i = 0; i < Items; i++)
        {
            human[i] = random.Next(Categories);
            judge[i] = random.NextDouble() < 0.7 ? human[i] : random.Next(Categories);
            table[human[i], judge[i]]++;
        }
    }

    [Benchmark(Baseline = true)]
    public Interval ItemBootstrapB100() => PercentileBootstrap.Items(Items, KappaOfDrawnItems, 100, Seed);

    [Benchmark]
    public Interval CellBootstrapB100() => PercentileBootstrap.Cells(table, BenchmarkKappa.Of, 100, Seed);

    [Benchmark]
    public Interval CellBootstrapB10000() => PercentileBootstrap.Cells(table, BenchmarkKappa.Of, 10_000, Seed);

    double KappaOfDrawnItems(int[] drawn)
    {
        Array.Clear(tally);
        foreach (var i in drawn)
        {
            tally[human[i], judge[i]]++;
        }

        return BenchmarkKappa.Of(tally);
    }
}
