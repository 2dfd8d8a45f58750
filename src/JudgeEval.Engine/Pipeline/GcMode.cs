using System.Runtime;

namespace JudgeEval.Engine.Pipeline;

/// <summary>
/// The garbage collector's latency mode for a stretch of a run, restored when disposed. The audit is a batch job:
/// blocking gen 2 collections keep its heap near what is live (with ConserveMemory, the 1,000,000-item audit peaks
/// under 1 GB, against 1.4-1.8 GB with background collections). Live judging is not: background collections keep its
/// peak lower (docs/benchmarks.md). Nor is the join, which runs on one core: there a background collection uses the
/// other one (0.93x the 1,000,000-item run's wall time, 20 MiB more at the peak). The mode is process-wide, so only
/// the CLI's run command sets it.
/// </summary>
public sealed class GcMode : IDisposable
{
    readonly GCLatencyMode previous = GCSettings.LatencyMode;

    GcMode(GCLatencyMode mode) => GCSettings.LatencyMode = mode;

    public static GcMode Batch() => new(GCLatencyMode.Batch);

    public static GcMode Interactive() => new(GCLatencyMode.Interactive);

    public void Dispose() => GCSettings.LatencyMode = previous;
}
