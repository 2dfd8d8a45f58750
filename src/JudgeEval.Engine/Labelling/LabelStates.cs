namespace JudgeEval.Engine.Labelling;

/// <summary>The states an item can be in for the page.</summary>
public static class LabelStates
{
    public const string Open = "open";
    public const string Labelled = "labelled";
    public const string Skipped = "skipped";
}
