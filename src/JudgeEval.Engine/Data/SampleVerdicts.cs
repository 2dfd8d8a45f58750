using JudgeEval.Engine.Statistics.Ensembles;

namespace JudgeEval.Engine.Data;

/// <summary>
/// The one verdict of a judge that was sampled several times on an item, which every statistic other than
/// self-consistency uses: the median of the samples (pointwise; an even count takes the lower middle sample) or their
/// majority (pairwise; no majority is a tie). Missing samples are left out; an item with no valid sample has no verdict.
/// These are the ensemble rules applied to one judge's repeats (docs/statistics.md, Self-consistency).
/// </summary>
public static class SampleVerdicts
{
    public static double?[] Combine(IReadOnlyList<double?[]> samples, Scale scale) => scale.Kind == TaskKind.Pairwise
        ? EnsembleAggregator.Aggregate(samples, EnsembleMethod.Majority, EvenMedianRule.Lower, null, scale.Categories)
        : EnsembleAggregator.Aggregate(samples, EnsembleMethod.Median, EvenMedianRule.Lower, null, scale.Categories);
}
