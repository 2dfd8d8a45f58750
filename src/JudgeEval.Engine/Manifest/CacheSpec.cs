using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>The live-judging cache; <see cref="Path"/> is absolute, null for the default (obj/judgeeval/cache).</summary>
public sealed record CacheSpec(string? Path, bool? Offline, SourceLocation At)
{
    /// <summary>The `cache.path` value's node, when set.</summary>
    public SourceLocation? PathAt { get; init; }
}
