namespace JudgeEval.Engine.Judging;

/// <summary>Why a call did not happen because a budget ran out.</summary>
public enum BudgetKind
{
    Requests,
    Cost,
}

/// <summary>A call's end: an answer, a failure reason after retries, or a budget stop.</summary>
internal sealed record CallResult(CachedAnswer? Answer, string? Failure, BudgetKind? Budget)
{
    public static CallResult Answered(CachedAnswer answer) => new(answer, null, null);

    public static CallResult Failed(string reason) => new(null, reason, null);

    public static CallResult Stopped(BudgetKind budget) => new(null, MissingReasons.BudgetExhausted, budget);
}
