namespace JudgeEval.Engine.Manifest;

/// <summary>How an ensemble combines its members' verdicts.</summary>
public enum EnsembleMethod
{
    /// <summary>The most frequent verdict; ties resolve to the lower grade (pairwise: Tie).</summary>
    Majority,

    Median,

    Mean,

    /// <summary>Weighted by each member's kappa against humans, clamped at 0; needs human labels.</summary>
    Weighted,
}
