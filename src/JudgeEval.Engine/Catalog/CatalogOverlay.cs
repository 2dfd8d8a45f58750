using System.Text.RegularExpressions;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Catalog;

/// <summary>Applies a manifest's `models:` and `aliases:` to a catalog, reporting every unusable part with its location.</summary>
static partial class CatalogOverlay
{
    public static (ModelCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) Apply(
        ModelCatalog baseCatalog,
        IReadOnlyList<ModelOverride> overrides,
        IReadOnlyDictionary<string, string> aliases,
        IReadOnlyDictionary<string, SourceLocation>? aliasLocations)
    {
        var problems = new List<Diagnostic>();
        var entries = new Dictionary<string, ModelEntry>(baseCatalog.ById, StringComparer.Ordinal);
        var order = baseCatalog.Entries.Select(e => e.Id).ToList();
        var changed = new Dictionary<string, ModelOverride>(StringComparer.Ordinal);

        foreach (var change in overrides)
        {
            var id = ModelIdText.Canonical(change.Id);
            if (!WellFormed().IsMatch(id))
            {
                problems.Add(CatalogDiagnostics.BadModelEntry.Create($"model id '{change.Id}' is not usable: use lowercase letters, digits and .-_:/@+", change.At));
            }
            else if (changed.ContainsKey(id))
            {
                problems.Add(CatalogDiagnostics.BadModelEntry.Create($"model '{id}' is listed twice under models:; only the first entry applies", change.At));
            }
            else if (entries.TryGetValue(id, out var existing))
            {
                entries[id] = Merge(existing, change);
                changed[id] = change;
            }
            else if (baseCatalog.Names.Find(id) is var (owner, _))
            {
                problems.Add(CatalogDiagnostics.AliasClash.Create($"'{id}' is already a name of catalog model {owner}; override it by its id '{owner}' or choose another id", change.At));
            }
            else if (string.IsNullOrWhiteSpace(change.Provider) || string.IsNullOrWhiteSpace(change.Family))
            {
                problems.Add(CatalogDiagnostics.BadModelEntry.Create(
                    $"model '{id}' is not in the catalog (nearest: {string.Join(", ", baseCatalog.Nearest(id))}), so it needs both provider and family", change.At));
            }
            else
            {
                entries[id] = Merge(new ModelEntry { Id = id, Provider = "", Family = "" }, change);
                order.Add(id);
                changed[id] = change;
            }
        }

        CheckAliases(entries, order, changed, problems);
        var draft = new ModelCatalog(baseCatalog.Version, [.. order.Select(i => entries[i])], new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (var (id, change) in changed)
        {
            entries[id] = entries[id] with
            {
                FineTunedFrom = Targets(draft, id, entries[id].FineTunedFrom, "fineTunedFrom", change.At, problems),
                DistilledFrom = Targets(draft, id, entries[id].DistilledFrom, "distilledFrom", change.At, problems),
            };
        }

        BreakCycles(entries, changed, problems);
        var finalEntries = order.Select(i => entries[i]).ToList();
        var withModels = new ModelCatalog(baseCatalog.Version, finalEntries, new Dictionary<string, string>(StringComparer.Ordinal));
        var manifestAliases = MapAliases(withModels, baseCatalog.ManifestAliases, aliases, aliasLocations, problems);
        return (new ModelCatalog(baseCatalog.Version, finalEntries, manifestAliases), problems);
    }

    static ModelEntry Merge(ModelEntry entry, ModelOverride change) => entry with
    {
        Provider = Given(change.Provider) ?? entry.Provider,
        Family = Given(change.Family) is { } family ? ModelIdText.Canonical(family) : entry.Family,
        DisplayName = Given(change.DisplayName) ?? entry.DisplayName,
        Alignment = Given(change.Alignment) ?? entry.Alignment,
        OpenWeights = change.OpenWeights ?? entry.OpenWeights,
        Note = Given(change.Note) ?? entry.Note,
        FineTunedFrom = change.FineTunedFrom.Count > 0 ? change.FineTunedFrom : entry.FineTunedFrom,
        DistilledFrom = change.DistilledFrom.Count > 0 ? change.DistilledFrom : entry.DistilledFrom,
        Aliases = [.. entry.Aliases, .. change.Aliases.Select(ModelIdText.Canonical).Where(a => a.Length > 0 && !entry.Aliases.Contains(a))],
    };

    static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Drops the names of changed entries that another entry already owns.</summary>
    static void CheckAliases(Dictionary<string, ModelEntry> entries, List<string> order, Dictionary<string, ModelOverride> changed, List<Diagnostic> problems)
    {
        var names = ModelNameIndex.Of(order.Where(id => !changed.ContainsKey(id)).Select(id => entries[id]));
        foreach (var (id, change) in changed)
        {
            var kept = new List<string>();
            foreach (var name in ModelNameIndex.Names(entries[id]))
            {
                if (names.TryAdd(name, id) is { } owner)
                {
                    problems.Add(CatalogDiagnostics.AliasClash.Create($"alias '{name}' of '{id}' is already a name of catalog model {owner}; remove it or pick another", change.At));
                }
                else if (name != id)
                {
                    kept.Add(name);
                }
            }

            entries[id] = entries[id] with { Aliases = kept };
        }
    }

    static List<string> Targets(ModelCatalog draft, string id, IReadOnlyList<string> targets, string key, SourceLocation at, List<Diagnostic> problems)
    {
        var resolved = new List<string>();
        foreach (var target in targets)
        {
            var entry = draft.Find(target);
            if (entry is null)
            {
                problems.Add(CatalogDiagnostics.UnknownLineageTarget.Create(
                    $"{key} of '{id}' names '{target}', which is not in the catalog (nearest: {string.Join(", ", draft.Nearest(target))}); the edge is ignored", at));
            }
            else if (entry.Id == id)
            {
                problems.Add(CatalogDiagnostics.LineageCycle.Create($"'{id}' cannot be {key} itself; the edge is ignored", at));
            }
            else if (!resolved.Contains(entry.Id))
            {
                resolved.Add(entry.Id);
            }
        }

        return resolved;
    }

    /// <summary>The built-in data are acyclic (tested), so every cycle runs through a manifest entry; its edge is cut.</summary>
    static void BreakCycles(Dictionary<string, ModelEntry> entries, Dictionary<string, ModelOverride> changed, List<Diagnostic> problems)
    {
        while (LineageGraph.FindCycle(entries) is { } cycle)
        {
            var at = Enumerable.Range(0, cycle.Count - 1).First(i => changed.ContainsKey(cycle[i]));
            var (from, to) = (cycle[at], cycle[at + 1]);
            problems.Add(CatalogDiagnostics.LineageCycle.Create(
                $"lineage cycle {string.Join(" -> ", cycle)}; the edge {from} -> {to} is ignored", changed[from].At));
            entries[from] = entries[from] with
            {
                FineTunedFrom = [.. entries[from].FineTunedFrom.Where(t => t != to)],
                DistilledFrom = [.. entries[from].DistilledFrom.Where(t => t != to)],
            };
        }
    }

    static Dictionary<string, string> MapAliases(
        ModelCatalog catalog,
        IReadOnlyDictionary<string, string> existing,
        IReadOnlyDictionary<string, string> aliases,
        IReadOnlyDictionary<string, SourceLocation>? locations,
        List<Diagnostic> problems)
    {
        var map = new Dictionary<string, string>(existing, StringComparer.Ordinal);
        foreach (var (name, target) in aliases)
        {
            var at = locations?.GetValueOrDefault(name);
            var key = ModelIdText.Canonical(name);
            if (key.Length == 0)
            {
                problems.Add(CatalogDiagnostics.BadModelEntry.Create("an alias under aliases: has an empty name", at));
                continue;
            }

            var entry = catalog.Find(target);
            if (entry is null)
            {
                problems.Add(CatalogDiagnostics.UnknownAliasTarget.Create(
                    $"alias '{name}' maps to '{target}', which is not in the catalog (nearest: {string.Join(", ", catalog.Nearest(target))})", at));
                continue;
            }

            if (catalog.Find(key) is { } shadowed && shadowed.Id != entry.Id)
            {
                problems.Add(CatalogDiagnostics.AliasShadowsCatalogName.Create(
                    $"alias '{name}' maps to {entry.Id}, but the catalog resolves '{name}' to {shadowed.Id}; the manifest's mapping wins", at));
            }

            map[key] = entry.Id;
        }

        return map;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._:/@+-]*$")]
    private static partial Regex WellFormed();
}
