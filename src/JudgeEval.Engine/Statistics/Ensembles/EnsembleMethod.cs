namespace JudgeEval.Engine.Statistics.Ensembles;

/// <summary>How the members' verdicts on one item become the ensemble's verdict (manifest `ensembles[].method`).</summary>
public enum EnsembleMethod
{
    /// <summary>The most frequent verdict; ties resolve to the lower grade (pairwise: Tie).</summary>
    Majority,

    Median,

    Mean,

    /// <summary>Weighted by each member's kappa against humans, clamped at 0; needs human labels.</summary>
    Weighted,
}
