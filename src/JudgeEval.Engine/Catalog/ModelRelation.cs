namespace JudgeEval.Engine.Catalog;

/// <summary>
/// The relation between two models. <see cref="Path"/> alternates model ids and edge labels from the first model to the
/// second, e.g. [vicuna-13b, distilledFrom, gpt-3.5-turbo, sameFamily, gpt-4]; labels are fineTunedFrom, distilledFrom,
/// fineTunedInto, distilledInto (the edge walked backwards) and sameFamily.
/// </summary>
public sealed record ModelRelation(RelationKind Kind, IReadOnlyList<string> Path, string Explanation)
{
    /// <summary>Same model, same family or shared lineage: the two are not independent.</summary>
    public bool IsRelated => Kind is RelationKind.SameModel or RelationKind.SameFamily or RelationKind.Lineage;
}
