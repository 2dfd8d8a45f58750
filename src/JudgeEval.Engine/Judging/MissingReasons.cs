namespace JudgeEval.Engine.Judging;

/// <summary>Missing-verdict reasons that have a diagnostic of their own, so the per-judge summary leaves them out.</summary>
internal static class MissingReasons
{
    public const string Offline = "not in cache (offline)";

    public const string NoApiKey = "no API key";

    public const string BudgetExhausted = "budget exhausted";
}
