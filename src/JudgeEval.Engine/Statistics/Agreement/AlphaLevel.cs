namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>Krippendorff's metric: which differences between two values count as disagreement, and how much.</summary>
public enum AlphaLevel
{
    /// <summary>delta^2 = 0 if c = k, else 1.</summary>
    Nominal,

    /// <summary>delta^2_ck = (sum_{g between c and k} n_g - (n_c + n_k) / 2)^2, from the value frequencies n_g.</summary>
    Ordinal,

    /// <summary>delta^2_ck = (c - k)^2 on the values themselves.</summary>
    Interval,
}
