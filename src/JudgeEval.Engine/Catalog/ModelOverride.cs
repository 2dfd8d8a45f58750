using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Catalog;

/// <summary>
/// One entry of the manifest's <c>models:</c> list: a new model (provider and family required) or changes to a catalog
/// id. Given scalars replace the entry's; non-empty lineage lists replace its lineage; aliases are added.
/// </summary>
public sealed record ModelOverride(
    string Id,
    string? Provider,
    string? Family,
    IReadOnlyList<string> FineTunedFrom,
    IReadOnlyList<string> DistilledFrom,
    IReadOnlyList<string> Aliases,
    SourceLocation At,
    string? DisplayName = null,
    string? Alignment = null,
    bool? OpenWeights = null,
    string? Note = null);
