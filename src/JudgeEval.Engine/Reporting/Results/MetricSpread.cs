namespace JudgeEval.Engine.Reporting.Results;

/// <summary>One headline metric across judges: the lowest, the highest and their ratio.</summary>
public sealed record MetricSpread(double? Min, string? MinJudge, double? Max, string? MaxJudge, double? Ratio);
