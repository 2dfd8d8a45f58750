using BenchmarkDotNet.Attributes;
using JudgeEval.TestSupport;

namespace JudgeEval.Benchmarks;

/// <summary>
/// A no-op incremental `dotnet build` of the same small library with the JudgeEval.Tasks package (and a small eval) and
/// without it (the baseline). Each operation is a whole build of seconds, so few iterations of one invocation each.
/// </summary>
[WarmupCount(1)]
[IterationCount(7)]
[InvocationCount(1, 1)]
public class NoOpBuildBenchmarks
{
    NoOpConsumer? consumer;

    /// <summary>Only the case with the package needs the feed: BenchmarkDotNet runs each case's setup in its own process.</summary>
    [GlobalSetup(Target = nameof(WithPackage))]
    public void SetupWithPackage()
    {
        var feed = PackedFeed.Create();
        consumer = NoOpConsumer.Create(feed.Root, "with-package", feed);
        SmallEval.WriteTo(consumer.Dir);
        consumer.RestoreAndBuild();
    }

    [GlobalSetup(Target = nameof(WithoutPackage))]
    public void SetupWithoutPackage()
    {
        var root = Directory.CreateTempSubdirectory("je-noop-").FullName;
        consumer = NoOpConsumer.Create(root, "without-package", feed: null);
        consumer.RestoreAndBuild();
    }

    [GlobalCleanup]
    public void Cleanup() => consumer?.DeleteRoot();

    [Benchmark(Baseline = true)]
    public int WithoutPackage() => consumer!.NoOpBuild();

    [Benchmark]
    public int WithPackage() => consumer!.NoOpBuild();
}
