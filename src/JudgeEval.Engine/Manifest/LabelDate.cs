using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>A `labeledOn` written on a human label source.</summary>
internal sealed record LabelDate(DateOnly Date, SourceLocation At);
