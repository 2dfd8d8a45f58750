using System.Globalization;
using BenchmarkDotNet.Attributes;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Results;

namespace JudgeEval.Benchmarks;

/// <summary>
/// The whole analysis of a run (<see cref="Analyzer.Analyze"/>) on the synthetic nine-judge eval: every judge against
/// the humans with a bootstrap 95% interval of kappa, all 36 pairwise kappas, the multi-rater coefficients, a median
/// ensemble, product scores, self-preference, review selection and the metric spread. Baseline: the same audit with
/// one bootstrap resample, i.e. without the cost of the intervals.
/// </summary>
[MemoryDiagnoser]
public class FullAuditBenchmarks
{
    SyntheticAudit? audit;
    EvalManifest withIntervals = null!;
    EvalManifest withoutIntervals = null!;

    /// <summary>Item counts from JUDGEEVAL_BENCH_AUDIT_ITEMS (comma separated), default 100,000 and 1,000,000.</summary>
    [ParamsSource(nameof(ItemCounts))]
    public int Items { get; set; }

    public static IEnumerable<int> ItemCounts() =>
        (Environment.GetEnvironmentVariable("JUDGEEVAL_BENCH_AUDIT_ITEMS") ?? "100000,1000000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => int.Parse(v, CultureInfo.InvariantCulture));

    [GlobalSetup]
    public void Setup()
    {
        audit = SyntheticAudit.Create(Items, resamples: 10_000);
        withIntervals = audit.Manifest;
        withoutIntervals = withIntervals with { Bootstrap = withIntervals.Bootstrap with { Resamples = 1 } };
    }

    [GlobalCleanup]
    public void Cleanup() => audit?.Dispose();

    [Benchmark(Baseline = true)]
    public EvalResults AuditOneResample() => Analyzer.Analyze("judgeeval.yaml", withoutIntervals, audit!.Data, SyntheticAudit.Catalog).Results;

    [Benchmark]
    public EvalResults Audit10000Resamples() => Analyzer.Analyze("judgeeval.yaml", withIntervals, audit!.Data, SyntheticAudit.Catalog).Results;
}
