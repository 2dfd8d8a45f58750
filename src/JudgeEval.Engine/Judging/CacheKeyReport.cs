using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// A request's cache key explained, the folder new answers are appended to, and where its answer is stored (null when
/// not cached); or no explanation, with diagnostics, when the judge or item is unknown or the setup is invalid.
/// </summary>
public sealed record CacheKeyReport(CacheKeyExplanation? Explanation, string? SegmentsFolder, CacheLocation? Stored, IReadOnlyList<Diagnostic> Diagnostics);
