namespace JudgeEval.Engine.Results;

/// <summary>A gate tested on an interval: it clears the threshold, lies below it, or straddles it.</summary>
public enum GateOutcome
{
    Pass,

    Fail,

    Inconclusive,
}
