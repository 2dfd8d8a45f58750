namespace JudgeEval.Engine.Judging;

/// <summary>
/// What became of one request: its verdict and the (redacted) answer text behind it. <see cref="Answered"/> is false when
/// a later run could still get a verdict (offline, no key, a failed call, a budget stop), which leaves the run incomplete.
/// </summary>
internal sealed record UnitResult(Verdict Verdict, string? Raw, bool Answered, bool FromCache)
{
    public static UnitResult Unanswered(string reason) => new(Verdict.Missing(reason), null, Answered: false, FromCache: false);

    /// <summary>The item lacks what the prompt needs: final, as no call could give a verdict.</summary>
    public static UnitResult Unanswerable(string reason) => new(Verdict.Missing(reason), null, Answered: true, FromCache: false);
}
