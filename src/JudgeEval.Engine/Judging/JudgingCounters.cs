namespace JudgeEval.Engine.Judging;

/// <summary>What a live run did, summed over endpoints.</summary>
public sealed record JudgingCounters
{
    /// <summary>Requests expected (judges x items x samples x orders).</summary>
    public int Requests { get; init; }

    /// <summary>Logical calls sent over the network.</summary>
    public int Calls { get; init; }

    public int CacheHits { get; init; }

    public int Retries { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public double Cost { get; init; }

    /// <summary>Requests that yielded no verdict.</summary>
    public int Missing { get; init; }
}
