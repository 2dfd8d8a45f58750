namespace JudgeEval.Engine.Data;

/// <summary>
/// Pairwise verdicts as numbers on the scale [1, 2], in the pair's original numbering.
/// Encoding a preference as a number makes "the average of both orders" an ordinary mean:
/// (First + Second) / 2 = Tie.
/// </summary>
public static class Preference
{
    /// <summary>Output 1 is better.</summary>
    public const double First = 1.0;

    /// <summary>Output 2 is better.</summary>
    public const double Second = 2.0;

    /// <summary>Neither is better, or the two presentation orders disagree.</summary>
    public const double Tie = 1.5;
}
