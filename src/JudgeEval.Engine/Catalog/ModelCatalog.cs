using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Catalog;

/// <summary>
/// The model catalog: resolves the ids people write to entries and relates models by family and lineage, for the
/// independence audit. <see cref="BuiltIn"/> is the embedded models.yaml; <see cref="With"/> applies a manifest's
/// `models:` and `aliases:`. Rules: docs/catalog.md.
/// </summary>
public sealed class ModelCatalog
{
    static readonly Lazy<ModelCatalog> Embedded = new(() =>
    {
        var (version, entries) = CatalogFile.ReadBuiltIn();
        return new ModelCatalog(version, entries, new Dictionary<string, string>(StringComparer.Ordinal));
    });

    readonly Dictionary<string, ModelEntry> byId;
    readonly ModelNameIndex names;
    readonly IReadOnlyDictionary<string, string> manifestAliases;

    internal ModelCatalog(string version, IReadOnlyList<ModelEntry> entries, IReadOnlyDictionary<string, string> manifestAliases)
    {
        Version = version;
        Entries = entries;
        byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        names = ModelNameIndex.Of(entries);
        this.manifestAliases = manifestAliases;
    }

    public static ModelCatalog BuiltIn => Embedded.Value;

    /// <summary>The data file's version (recorded in results.json); manifest overrides do not change it.</summary>
    public string Version { get; }

    public IReadOnlyList<ModelEntry> Entries { get; }

    /// <summary>Deployment or cloud names from the manifest's `aliases:`, canonical name to catalog id.</summary>
    public IReadOnlyDictionary<string, string> ManifestAliases => manifestAliases;

    internal IReadOnlyDictionary<string, ModelEntry> ById => byId;

    internal ModelNameIndex Names => names;

    public ModelEntry? Find(string id) => Resolve(id).Entry;

    /// <summary>
    /// A catalog with the manifest's `models:` (add, or override by id) and `aliases:` (name to catalog id) applied.
    /// Bad parts are left out and reported as located diagnostics (JE0040-JE0045); the rest still applies.
    /// <paramref name="aliasLocations"/> is keyed by the alias names exactly as in <paramref name="aliases"/>.
    /// </summary>
    public (ModelCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) With(
        IReadOnlyList<ModelOverride> overrides,
        IReadOnlyDictionary<string, string> aliases,
        IReadOnlyDictionary<string, SourceLocation>? aliasLocations = null) =>
        CatalogOverlay.Apply(this, overrides, aliases, aliasLocations);

    /// <summary>Resolves an id as written (router, Bedrock, Vertex, dated, any case); <see cref="ModelResolution.Steps"/> explains how.</summary>
    public ModelResolution Resolve(string id)
    {
        var steps = new List<string>();
        var key = ModelIdText.Canonical(id);
        if (key.Length == 0)
        {
            return new(id, null, ["the id is empty"]);
        }

        if (key != id)
        {
            steps.Add($"lowercased and trimmed: {key}");
        }

        if (manifestAliases.TryGetValue(key, out var target))
        {
            steps.Add($"the manifest's aliases map '{key}' to {target}");
            return new(id, byId[target], steps);
        }

        if (Match(key, steps) is { } direct)
        {
            return new(id, direct, steps);
        }

        foreach (var (form, step) in ModelIdRewrites.Forms(key))
        {
            steps.Add(step);
            if (Match(form, steps) is { } entry)
            {
                return new(id, entry, steps);
            }
        }

        foreach (var form in ModelIdRewrites.Forms(key).Select(f => f.Key).Prepend(key))
        {
            if (names.FindInAnotherOrder(form) is { } reordered)
            {
                steps.Add($"matched {reordered}, the same words in another order than '{form}'");
                return new(id, byId[reordered], steps);
            }
        }

        var nearest = Nearest(id);
        steps.Add($"no entry in catalog {Version}" + (nearest.Count == 0 ? "" : $"; nearest ids: {string.Join(", ", nearest)}"));
        return new(id, null, steps);
    }

    /// <summary>The catalog ids whose names are closest to <paramref name="id"/> once its decorations are dropped.</summary>
    public IReadOnlyList<string> Nearest(string id, int count = 3)
    {
        var key = ModelIdText.Canonical(id);
        var bare = ModelIdText.Folded(ModelIdRewrites.Forms(key).Select(f => f.Key).LastOrDefault() ?? key);
        return [.. names.ExactNames
            .Select(n => (Id: n.Value, Distance: ModelIdText.Distance(bare, ModelIdText.Folded(n.Key))))
            .GroupBy(n => n.Id, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Distance: g.Min(n => n.Distance)))
            .OrderBy(n => n.Distance).ThenBy(n => n.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(n => n.Id)];
    }

    /// <summary>How two models relate; lineage edges are followed transitively (see docs/catalog.md for what counts).</summary>
    public ModelRelation Relate(string modelA, string modelB)
    {
        var (a, b) = (Find(modelA), Find(modelB));
        if (a is null || b is null)
        {
            var missing = new[] { (Id: modelA, Entry: a), (Id: modelB, Entry: b) }.Where(m => m.Entry is null).Select(m => $"'{m.Id}'").ToList();
            var verb = missing.Count == 1 ? "is" : "are";
            return new(RelationKind.Unknown, [], $"{string.Join(" and ", missing)} {verb} not in the model catalog ({Version}), so the relation is unknown");
        }

        return ModelRelations.Relate(byId, a, b);
    }

    /// <summary>The candidates (as given) that are the same model as, the same family as, or share lineage with <paramref name="model"/>.</summary>
    public IReadOnlyList<string> RelatedModels(string model, IEnumerable<string> candidates) =>
        [.. candidates.Where(c => Relate(model, c).IsRelated)];

    /// <summary>Groups of the given models that are related (transitively); an unknown model is a group of its own.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Clusters(IReadOnlyList<string> models)
    {
        var parent = Enumerable.Range(0, models.Count).ToArray();
        for (var i = 0; i < models.Count; i++)
        {
            for (var j = i + 1; j < models.Count; j++)
            {
                var sameText = ModelIdText.Canonical(models[i]) == ModelIdText.Canonical(models[j]);
                if (sameText || Relate(models[i], models[j]).IsRelated)
                {
                    parent[Root(j)] = Root(i);
                }
            }
        }

        return [.. Enumerable.Range(0, models.Count).GroupBy(Root).Select(g => (IReadOnlyList<string>)[.. g.Select(i => models[i])])];

        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }
    }

    /// <summary>The effective number of independent models in this catalog: related models (transitively) count once.</summary>
    public int CountIndependentClusters(IReadOnlyList<string> models) => Clusters(models).Count;

    /// <summary>The effective number of independent judges under the built-in catalog.</summary>
    public static int IndependentClusters(IReadOnlyList<string> models) => BuiltIn.CountIndependentClusters(models);

    ModelEntry? Match(string form, List<string> steps)
    {
        if (names.Find(form) is not var (id, folded))
        {
            return null;
        }

        steps.Add(folded ? $"matched {id} ignoring case and separators"
            : id == form ? $"matched the catalog id {id}"
            : $"matched '{form}', an alias of {id}");
        return byId[id];
    }
}
