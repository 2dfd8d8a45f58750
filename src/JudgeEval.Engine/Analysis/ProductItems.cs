using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// The items the product produced, which its pass rate counts: those whose producer is one of
/// `productScore.producers`, else the product model. A producer matches when it is written the same way (ignoring
/// case and surrounding space) or the catalog resolves both to the same model; an item with several candidate producers
/// ('a|b', identical outputs) counts when any of them matches. Null (every item counts) when no item names a producer
/// or there is nothing to match against.
/// </summary>
public sealed record ProductItems(bool[] Counted, IReadOnlyList<string> Producers)
{
    public static ProductItems? Of(EvalManifest manifest, IReadOnlyList<EvalItem> items, ModelCatalog catalog)
    {
        IReadOnlyList<string>? producers = manifest.ProductScore?.Producers ?? (manifest.Product is { } p ? [p.Model] : null);
        if (producers is null || !items.Any(i => i.Model is not null))
        {
            return null;
        }

        var matches = new Dictionary<string, bool>(StringComparer.Ordinal);
        var counted = items.Select(i => ProducerSides.Candidates(i.Model).Any(c => Matches(c))).ToArray();
        return new ProductItems(counted, producers);

        bool Matches(string candidate)
        {
            if (!matches.TryGetValue(candidate, out var match))
            {
                match = producers.Any(p => string.Equals(ModelIdText.Canonical(p), ModelIdText.Canonical(candidate), StringComparison.Ordinal)
                    || catalog.Relate(p, candidate).Kind == RelationKind.SameModel);
                matches[candidate] = match;
            }

            return match;
        }
    }
}
