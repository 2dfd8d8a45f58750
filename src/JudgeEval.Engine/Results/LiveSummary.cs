namespace JudgeEval.Engine.Results;

/// <summary>What live judging did in this run, summed over endpoints; null in results.json when no judge is live.</summary>
public sealed record LiveSummary(int Requests, int Calls, int CacheHits, int Retries, long InputTokens, long OutputTokens, double Cost, int Missing, bool Offline, bool Complete);
