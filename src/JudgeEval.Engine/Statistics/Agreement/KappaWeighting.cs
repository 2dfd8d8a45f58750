namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>How much partial credit a near miss between two categories earns (manifest <c>task.weighting</c>).</summary>
public enum KappaWeighting
{
    /// <summary>Only exact agreement counts: w_ij = 1 if i = j, else 0 (Cohen 1960).</summary>
    Unweighted,

    /// <summary>w_ij = 1 - |i - j| / (k - 1) (Cicchetti and Allison 1971).</summary>
    Linear,

    /// <summary>w_ij = 1 - (i - j)^2 / (k - 1)^2 (Fleiss and Cohen 1973).</summary>
    Quadratic,

    /// <summary>A k x k matrix given in the manifest (<c>task.weights</c>).</summary>
    Custom,
}
