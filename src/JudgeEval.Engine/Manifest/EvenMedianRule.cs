namespace JudgeEval.Engine.Manifest;

/// <summary>Which value the median of an even number of verdicts takes.</summary>
public enum EvenMedianRule
{
    Lower,

    Upper,

    Midpoint,
}
