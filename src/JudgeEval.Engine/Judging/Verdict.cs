namespace JudgeEval.Engine.Judging;

/// <summary>A parsed answer: a value on the scale (pairwise: in the order shown, A = 1, B = 2, tie = 1.5) or why there is none.</summary>
public sealed record Verdict(double? Value, string? MissingReason)
{
    public static Verdict Of(double value) => new(value, null);

    public static Verdict Missing(string reason) => new(null, reason);
}
