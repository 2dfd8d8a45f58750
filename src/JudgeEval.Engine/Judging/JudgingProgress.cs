namespace JudgeEval.Engine.Judging;

/// <summary>A snapshot of a live run, reported after each request.</summary>
public sealed record JudgingProgress(int Done, int Total, int CacheHits, int Calls, double Cost, TimeSpan Elapsed)
{
    /// <summary>The run's batches as last polled (batch endpoints only).</summary>
    public IReadOnlyList<BatchProgress> Batches { get; init; } = [];

    /// <summary>Requests per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Null until a rate is known.</summary>
    public TimeSpan? Eta => Rate > 0 ? TimeSpan.FromSeconds((Total - Done) / Rate) : null;
}
