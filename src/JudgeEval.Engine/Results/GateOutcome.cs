namespace JudgeEval.Engine.Results;

/// <summary>A gate tested on an interval: it clears the threshold, lies below it, or straddles it. The run's outcome is <see cref="VerdictOutcome"/>.</summary>
public enum GateOutcome
{
    Pass,

    Fail,

    Inconclusive,
}
