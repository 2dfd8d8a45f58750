namespace JudgeEval.Engine.Manifest;

/// <summary>How disagreements between grades are weighted in kappa (`task.weighting`).</summary>
public enum KappaWeightingKind
{
    Unweighted,

    Linear,

    Quadratic,

    /// <summary>The k x k agreement matrix in `task.weights`.</summary>
    Custom,
}
