namespace JudgeEval.Engine.Judging;

/// <summary>One rendered chat message: role "system" or "user".</summary>
public sealed record ChatTurn(string Role, string Content);
