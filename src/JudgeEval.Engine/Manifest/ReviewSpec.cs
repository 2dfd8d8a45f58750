using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>How many most-disputed items are written out for human review (`review.top`).</summary>
public sealed record ReviewSpec(int Top, SourceLocation At);
