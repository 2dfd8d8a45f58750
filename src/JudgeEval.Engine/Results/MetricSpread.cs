namespace JudgeEval.Engine.Results;

/// <summary>One headline metric across judges: the lowest, the highest and their ratio (NaN when the lowest is not positive).</summary>
public sealed record MetricSpread(double Min, string MinJudge, double Max, string MaxJudge, double Ratio);
