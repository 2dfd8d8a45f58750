namespace JudgeEval.Engine.Catalog;

/// <summary>Every name of every entry (id and aliases), exact and separator-folded, mapped to its canonical id.</summary>
sealed class ModelNameIndex
{
    readonly Dictionary<string, string> exact = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> folded = new(StringComparer.Ordinal);

    /// <summary>Word-order-blind keys; null where two entries share one (ambiguous, so never matched).</summary>
    readonly Dictionary<string, string?> unordered = new(StringComparer.Ordinal);

    public static ModelNameIndex Of(IEnumerable<ModelEntry> entries)
    {
        var index = new ModelNameIndex();
        foreach (var entry in entries)
        {
            foreach (var name in Names(entry))
            {
                index.TryAdd(name, entry.Id);
            }
        }

        return index;
    }

    public static IEnumerable<string> Names(ModelEntry entry) => entry.Aliases.Prepend(entry.Id);

    /// <summary>Adds a name; returns the id of a different entry that already owns it (exactly or folded), else null.</summary>
    public string? TryAdd(string name, string id)
    {
        var key = ModelIdText.Canonical(name);
        var fold = ModelIdText.Folded(name);
        var owner = exact.GetValueOrDefault(key) ?? folded.GetValueOrDefault(fold);
        if (owner is not null && owner != id)
        {
            return owner;
        }

        exact.TryAdd(key, id);
        folded.TryAdd(fold, id);
        if (ModelWordOrder.Key(name) is { } words)
        {
            unordered[words] = unordered.TryGetValue(words, out var other) && other != id ? null : id;
        }

        return null;
    }

    /// <summary>The one entry with a name of the same words in another order, or null.</summary>
    public string? FindInAnotherOrder(string name) =>
        ModelWordOrder.Key(name) is { } words ? unordered.GetValueOrDefault(words) : null;

    /// <summary>The owner of a name and whether it matched only after folding separators.</summary>
    public (string Id, bool Folded)? Find(string name) =>
        exact.TryGetValue(ModelIdText.Canonical(name), out var id) ? (id, false)
        : folded.TryGetValue(ModelIdText.Folded(name), out var f) ? (f, true)
        : null;

    public IEnumerable<KeyValuePair<string, string>> ExactNames => exact;
}
