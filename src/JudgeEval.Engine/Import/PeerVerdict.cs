using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// One grade recorded by another eval tool: the metric it belongs to, the grader model, and how to read the judgment.
/// Read only once the verdict is selected, so a problem with another grader's grade is not this judge's problem.
/// </summary>
sealed record PeerVerdict(string Metric, string Grader, Func<Judgment> Read);
