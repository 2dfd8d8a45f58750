using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>A request's cache key explained, or null with diagnostics when the judge or item is unknown or the setup is invalid.</summary>
public sealed record CacheKeyReport(CacheKeyExplanation? Explanation, string? CachePath, IReadOnlyList<Diagnostic> Diagnostics);
