using JudgeEval.Engine.Catalog;

namespace JudgeEval.Engine.Tests.Catalog;

/// <summary>Independent re-implementation of the integrity rules, so the tests do not trust the code under test.</summary>
static class CatalogChecks
{
    /// <summary>A directed lineage cycle, found by repeatedly removing models without parents (Kahn's algorithm).</summary>
    public static List<string>? Cycle(ModelCatalog catalog)
    {
        var parents = catalog.Entries.ToDictionary(e => e.Id, e => e.FineTunedFrom.Concat(e.DistilledFrom).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        bool removed;
        do
        {
            var roots = parents.Where(p => p.Value.All(t => !parents.ContainsKey(t))).Select(p => p.Key).ToList();
            removed = roots.Count > 0;
            roots.ForEach(r => parents.Remove(r));
        }
        while (removed);

        return parents.Count == 0 ? null : [.. parents.Keys];
    }
}
