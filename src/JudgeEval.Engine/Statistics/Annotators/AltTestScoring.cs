namespace JudgeEval.Engine.Statistics.Annotators;

/// <summary>How well one annotation represents the others in the alternative annotator test.</summary>
public enum AltTestScoring
{
    /// <summary>The share of the other annotations it equals (categories: pairwise verdicts, binary, nominal).</summary>
    Accuracy,

    /// <summary>Minus the root mean squared difference from the other annotations (graded scales).</summary>
    NegativeRmse,
}
