namespace JudgeEval.Engine.Results;

/// <summary>How a judge's repeated samples of one item become the one verdict the other statistics use.</summary>
public enum SampleVerdictRule
{
    /// <summary>Pointwise: the median sample (an even count takes the lower middle one).</summary>
    Median,

    /// <summary>Pairwise: the verdict most samples give; without a majority, a tie.</summary>
    Majority,
}
