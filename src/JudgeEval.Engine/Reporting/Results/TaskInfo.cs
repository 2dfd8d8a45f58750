namespace JudgeEval.Engine.Reporting.Results;

/// <summary>The judged task: kind, scale, the category values statistics used, pass threshold and kappa weighting.</summary>
public sealed record TaskInfo(string Kind, double? ScaleMin, double? ScaleMax, double? PassThreshold, string Weighting, IReadOnlyList<double> Categories);
