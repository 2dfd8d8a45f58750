namespace JudgeEval.Engine.Manifest;

/// <summary>What a threshold's value is: a number, a whole number (a count, days) or a true/false switch.</summary>
public enum ThresholdKind
{
    Number,

    WholeNumber,

    Flag,
}
