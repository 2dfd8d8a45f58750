using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>`history:`: the JSON Lines file each run appends one record to; <see cref="Path"/> is absolute.</summary>
public sealed record HistorySpec(string Path, string Written, SourceLocation At);
