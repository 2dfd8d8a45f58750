using BenchmarkDotNet.Attributes;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Benchmarks;

/// <summary>
/// A 95% bootstrap interval of kappa on n items with 4 categories: resampling items (O(B * n)) against drawing the
/// 4 x 4 table's cells multinomially (O(B * 16 * log n)). Both give the same distribution (see the Resampling tests).
/// </summary>
[MemoryDiagnoser]
public class CategoricalBootstrapBenchmarks
{
    const int Categories = 4;
    const int Seed = 20_260_401;

    int[] human = [];
    int[] judge = [];
    long[,] table = new long[Categories, Categories];
    readonly long[,] tally = new long[Categories, Categories];

    /// <summary>Item counts from JUDGEEVAL_BENCH_ITEMS (comma separated), default 10,000 and 1,000,000.</summary>
    [ParamsSource(nameof(ItemCounts))]
    public int Items { get; set; }

    [Params(1_000)]
    public int Resamples { get; set; }

    public static IEnumerable<int> ItemCounts() =>
        (Environment.GetEnvironmentVariable("JUDGEEVAL_BENCH_ITEMS") ?? "10000,1000000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture));

    [GlobalSetup]
    public void Setup()
    {
        // A judge that agrees with the human 70% of the time and otherwise answers at random.
        var random = new Random(1);
        human = new int[Items];
        judge = new int[Items];
        table = new long[Categories, Categories];
        for (var i = 0; i < Items; i++)
        {
            human[i] = random.Next(Categories);
            judge[i] = random.NextDouble() < 0.7 ? human[i] : random.Next(Categories);
            table[human[i], judge[i]]++;
        }
    }

    [Benchmark(Baseline = true)]
    public Interval ItemBootstrap() => PercentileBootstrap.Items(Items, KappaOfDrawnItems, Resamples, Seed);

    [Benchmark]
    public Interval CellBootstrap() => PercentileBootstrap.Cells(table, BenchmarkKappa.Of, Resamples, Seed);

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
