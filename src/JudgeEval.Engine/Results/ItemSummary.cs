namespace JudgeEval.Engine.Results;

public sealed record ItemSummary(int Total, int WithHumanLabel, int Queries);
