using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Results;

/// <summary>The judged task: kind, scale, the category values statistics used, pass threshold and kappa weighting.</summary>
public sealed record TaskInfo(TaskKind Kind, double? ScaleMin, double? ScaleMax, double? PassThreshold, KappaWeighting Weighting, IReadOnlyList<double> Categories)
{
    /// <summary>How a judge's repeated samples of an item become its verdict: median (pointwise) or majority (pairwise).</summary>
    public SampleVerdictRule SampleVerdict { get; init; } = Kind == TaskKind.Pairwise ? SampleVerdictRule.Majority : SampleVerdictRule.Median;

    /// <summary>What the kappaWarn/kappaFail gate compares: kappa, or Gwet's AC (`task.gate: ac1`).</summary>
    public AgreementGate Gate { get; init; }
}
