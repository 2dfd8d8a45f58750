namespace JudgeEval.Engine.Reporting.Results;

/// <summary>A diagnostic as written to results.json; file paths are as the engine saw them.</summary>
public sealed record Finding(string Code, string Severity, string Message, string? File, int? Line, int? Column, int? EndLine, int? EndColumn, string? HelpUri);
