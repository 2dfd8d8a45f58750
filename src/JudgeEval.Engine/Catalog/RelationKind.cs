namespace JudgeEval.Engine.Catalog;

/// <summary>How two models relate; see docs/catalog.md for exactly what counts.</summary>
public enum RelationKind
{
    Unrelated,
    SameModel,
    SameFamily,
    Lineage,

    /// <summary>Either model is not in the catalog, so nothing can be said.</summary>
    Unknown,
}
