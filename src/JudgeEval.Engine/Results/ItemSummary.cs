namespace JudgeEval.Engine.Results;

/// <summary>How many items, how many have a human label, how many queries, and the producers the catalog could not resolve.</summary>
public sealed record ItemSummary(int Total, int WithHumanLabel, int Queries)
{
    /// <summary>Producer ids (as the items write them) the model catalog does not know, with how many items carry each.</summary>
    public Dictionary<string, int> UnresolvedProducers { get; init; } = [];
}
