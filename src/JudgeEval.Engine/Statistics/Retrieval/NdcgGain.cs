namespace JudgeEval.Engine.Statistics.Retrieval;

/// <summary>How a grade becomes a gain in DCG.</summary>
public enum NdcgGain
{
    /// <summary>2^grade - 1 (Burges et al. 2005), which rewards highly relevant documents more; the default.</summary>
    Exponential,

    /// <summary>The grade itself (Järvelin and Kekäläinen 2002).</summary>
    Linear,
}
