using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Answers through the cache: a cached answer read as a result, a new answer redacted, stored and read. The cache counts
/// the answers it could not take, so the run reports that once.
/// </summary>
internal sealed class LiveAnswers(AnswerCache cache, SecretRedactor redactor, Scale scale)
{
    public AnswerCache Cache => cache;

    public SecretRedactor Redactor => redactor;

    /// <summary>Final once the cache is flushed.</summary>
    public int WriteFailures => cache.WriteFailures;

    public UnitResult? Cached(JudgingUnit unit) => cache.TryGet(unit.Key!) is { } hit ? Read(hit, unit, fromCache: true) : null;

    /// <summary>Called concurrently, once per unit, as calls and batches end.</summary>
    public UnitResult Store(JudgingUnit unit, CallResult call)
    {
        if (call.Answer is not { } answer)
        {
            return UnitResult.Unanswered(call.Failure!);
        }

        // Redacted before storing: a server that echoes the key must not plant it in the cache.
        answer = answer with { Key = unit.Key!, Content = redactor.Redact(answer.Content), Refusal = redactor.Redact(answer.Refusal) };
        cache.Put(answer);
        return Read(answer, unit, fromCache: false);
    }

    /// <summary>Stores an answer no unit of this run asked for (a resumed batch's), redacted like any other.</summary>
    public void Keep(string key, CallResult call)
    {
        if (call.Answer is { } answer)
        {
            cache.Put(answer with { Key = key, Content = redactor.Redact(answer.Content), Refusal = redactor.Redact(answer.Refusal) });
        }
    }

    UnitResult Read(CachedAnswer answer, JudgingUnit unit, bool fromCache)
    {
        var raw = redactor.Redact(answer.Refusal is { Length: > 0 } ? answer.Refusal : answer.Content);
        if (answer.Refusal is { Length: > 0 } || string.Equals(answer.FinishReason, "ContentFilter", StringComparison.OrdinalIgnoreCase))
        {
            return new UnitResult(Verdict.Missing("refused"), raw, Answered: true, fromCache);
        }

        var parsed = VerdictParser.Parse(answer.Content, scale);
        if (parsed.Value is null && string.Equals(answer.FinishReason, "Length", StringComparison.OrdinalIgnoreCase))
        {
            parsed = Verdict.Missing("truncated");
        }

        var verdict = parsed.Value is { } v && unit.Swapped ? Verdict.Of(VerdictParser.MapSwapped(v)) : parsed;
        return new UnitResult(verdict, raw, Answered: true, fromCache);
    }
}
