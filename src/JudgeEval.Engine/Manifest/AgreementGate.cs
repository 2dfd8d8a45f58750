namespace JudgeEval.Engine.Manifest;

/// <summary>
/// Which chance-corrected agreement the kappaWarn/kappaFail gate compares (`task.gate`). Gwet's AC uses the task's
/// weighting like kappa does: AC1 when unweighted, AC2 with the task's weights otherwise.
/// </summary>
public enum AgreementGate
{
    /// <summary>Cohen's kappa (the default).</summary>
    Kappa,

    /// <summary>Gwet's AC1/AC2, which a skewed label distribution does not pull down the way it pulls down kappa.</summary>
    Ac1,
}
