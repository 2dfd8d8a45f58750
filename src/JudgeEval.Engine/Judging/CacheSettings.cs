namespace JudgeEval.Engine.Judging;

/// <summary>The answer cache: a folder (relative to the base directory) and whether the network may be used.</summary>
public sealed record CacheSettings(string Path, bool Offline = false);
