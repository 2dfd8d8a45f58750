namespace JudgeEval.Engine.Judging;

/// <summary>Why a request sent in a batch has no answer; each is a missing-verdict reason of the per-judge summary (JE9020).</summary>
internal static class BatchReasons
{
    public const string NotFinished = "batch not finished";

    public const string NoAnswer = "no answer in batch output";

    public const string Expired = "batch expired";

    public const string Cancelled = "batch cancelled";

    public const string Failed = "batch failed";

    public const string NotFound = "batch not found";

    public const string NotSubmitted = "batch not submitted";

    public const string TooLarge = "request larger than batchMaxBytes";

    /// <summary>The reason for a request of a batch that ended in <paramref name="status"/> without answering it.</summary>
    public static string Unanswered(string status) => status switch
    {
        "completed" => NoAnswer,
        "expired" => Expired,
        "cancelled" => Cancelled,
        "failed" => Failed,
        _ => NotFinished,
    };
}
