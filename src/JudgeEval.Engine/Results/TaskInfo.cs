using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Results;

/// <summary>The judged task: kind, scale, the category values statistics used, pass threshold and kappa weighting.</summary>
public sealed record TaskInfo(TaskKind Kind, double? ScaleMin, double? ScaleMax, double? PassThreshold, KappaWeighting Weighting, IReadOnlyList<double> Categories);
