namespace JudgeEval.Engine.Reporting.Results;

public sealed record ItemSummary(int Total, int WithHumanLabel, int Queries);
