namespace JudgeEval.Engine.Reporting.Results;

/// <summary>The run's outcome: "pass", "fail" (an error-level finding) or "inconclusive" (a gate whose CI straddles its threshold).</summary>
public sealed record Verdict(string Outcome, int Errors, int Warnings, IReadOnlyList<string> DecidedBy);
