using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Pipeline;

namespace JudgeEval.Engine.Tests.Samples;

/// <summary>Runs a sample manifest once per test class (the statistics are deterministic for a fixed seed).</summary>
static class SampleRuns
{
    /// <summary>A fixed "today" so label-age findings do not change with the calendar.</summary>
    public static readonly DateOnly Today = new(2026, 12, 1);

    public static RunOutcome Run(string sample, params KeyValuePair<string, string>[] thresholds) =>
        EvalRunner.Run(new RunArguments { Manifest = Path.Combine(RepoRoot.Path, "samples", sample, "judgeeval.yaml"), Thresholds = thresholds }, Today);

    public static string DataPath(params string[] parts) => Path.Combine([RepoRoot.Path, "samples", "data", .. parts]);
}
