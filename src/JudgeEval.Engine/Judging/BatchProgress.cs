namespace JudgeEval.Engine.Judging;

/// <summary>One batch of a live run as last polled: the provider's status and request counts.</summary>
public sealed record BatchProgress(string Endpoint, string Id, string Status, int Completed, int Failed, int Total);
