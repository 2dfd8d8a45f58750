using JudgeEval.Engine.History;

namespace JudgeEval.Engine.Pipeline;

/// <summary>Appends the run's record to the history file; a failure is a finding of this run (JE0103), not a crash.</summary>
public static class HistoryStep
{
    public static RunOutcome Append(RunOutcome outcome, string helpBase) =>
        outcome.Manifest?.History is { } spec && outcome.Results is { History.Runs: [.., var current] } && HistoryFile.Append(spec, current) is { } problem
            ? outcome.With(problem, helpBase)
            : outcome;
}
