using JudgeEval.Engine.Workspace;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.History;

/// <summary>This run as a history record, and the history the results carry: the file's latest records and this one.</summary>
public static class HistoryRecorder
{
    public static HistoryRun Record(EvalResults results, GitProvenance? git, DateTimeOffset now) => new()
    {
        Date = new DateTimeOffset(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
        Commit = git?.Commit,
        Branch = git?.Branch,
        Tool = results.Tool.Version,
        Catalog = results.Tool.CatalogVersion,
        Verdict = results.Verdict.Outcome,
        Judges = [.. results.Judges.Select(j => new HistoryJudge
        {
            Id = j.Id,
            Model = j.ResolvedModel ?? j.Model,
            N = j.VsHuman?.N ?? 0,
            Kappa = j.VsHuman?.Kappa ?? double.NaN,
            KappaCi95 = j.VsHuman?.KappaCi95 ?? Statistics.Resampling.Interval.Undefined,
            Coverage = j.Coverage,
            Calibration = j.Calibration,
        })],
    };

    public static RunHistory Attach(string written, HistoryRead earlier, HistoryRun current) => new()
    {
        Path = written,
        Earlier = earlier.Count,
        Runs = [.. earlier.Recent.Skip(Math.Max(0, earlier.Recent.Count - (RunHistory.Limit - 1))), current],
    };
}
