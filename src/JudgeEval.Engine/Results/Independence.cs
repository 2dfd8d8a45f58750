namespace JudgeEval.Engine.Results;

/// <summary>How independent the judges are of the product model and of each other.</summary>
public sealed record Independence
{
    public IReadOnlyList<JudgeRelation> Judges { get; init; } = [];

    public IReadOnlyList<string> Providers { get; init; } = [];

    /// <summary>Distinct independence clusters among all judges (related judges count once).</summary>
    public int EffectiveIndependentJudges { get; init; }
}

/// <summary>A judge's relation to the product model, with the lineage path explained.</summary>
public sealed record JudgeRelation(string JudgeId, ProductRelation Relation, string Explanation);
