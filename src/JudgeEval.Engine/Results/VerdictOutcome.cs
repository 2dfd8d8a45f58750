namespace JudgeEval.Engine.Results;

/// <summary>
/// What a whole run decided. Unlike a single gate (<see cref="GateOutcome"/>), a run can also be unusable: its input
/// could not be read or joined, so nothing was measured (exit code 2).
/// </summary>
public enum VerdictOutcome
{
    Pass,

    Fail,

    /// <summary>A gate could not decide, or live judging did not get every verdict; fails the build unless allowed.</summary>
    Inconclusive,

    /// <summary>The input could not be used: the findings say why; no statistic was computed.</summary>
    Unusable,
}
