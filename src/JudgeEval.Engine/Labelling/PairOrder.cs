namespace JudgeEval.Engine.Labelling;

/// <summary>Which output of a pair the annotator sees on the left.</summary>
public enum PairOrder
{
    /// <summary>Output 1 on the left.</summary>
    Original,

    /// <summary>Output 2 on the left.</summary>
    Swapped,
}
