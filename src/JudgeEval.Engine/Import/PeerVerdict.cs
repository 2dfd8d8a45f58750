using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>One grade recorded by another eval tool: the metric it belongs to, the grader model and the judgment.</summary>
sealed record PeerVerdict(string Metric, string Grader, Judgment Judgment);
