using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Which producers are a judge's own under a <see cref="SelfPreferenceScope"/>. A producer string may name several
/// candidate models joined by '|' (identical outputs): own when every candidate is own, other when none is, and left
/// out when they disagree. A candidate the model catalog does not know is neither own nor other: its item is left out
/// (counting it as "other" would invent self-preference findings), and the run warns about it (JE2017).
/// Items share a handful of producer strings, so each distinct one is classified once, not per item.
/// </summary>
public sealed class ProducerSides
{
    readonly Dictionary<string, bool?> sides;

    ProducerSides(Dictionary<string, bool?> sides, IReadOnlyList<string> own)
    {
        this.sides = sides;
        Own = own;
    }

    /// <summary>The candidate producers counted as own, sorted.</summary>
    public IReadOnlyList<string> Own { get; }

    /// <summary>Null when no item names a producer.</summary>
    public static ProducerSides? Of(string judgeModel, EvalDataset data, ModelCatalog catalog, SelfPreferenceScope scope)
    {
        var written = ProducerCodes.Of(data.Items).Distinct;
        var candidates = written.SelectMany(Candidates).Distinct(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var relation = candidates.ToDictionary(c => c, c => IsOwn(catalog.Relate(judgeModel, c).Kind, scope), StringComparer.Ordinal);
        var sides = written.ToDictionary(w => w, w => Side(Candidates(w), relation), StringComparer.Ordinal);
        return new ProducerSides(sides, [.. relation.Where(r => r.Value == true).Select(r => r.Key).Order(StringComparer.Ordinal)]);
    }

    /// <summary>True for own, false for other, null when unknown (no producer, an unresolved or a disagreeing candidate).</summary>
    public bool? SideOf(string? model) => model is null ? null : sides.GetValueOrDefault(model);

    /// <summary>The side of each of <paramref name="codes"/>' distinct producers, by number.</summary>
    internal bool?[] SidesOf(ProducerCodes codes) => [.. codes.Distinct.Select(SideOf)];

    /// <summary>Each producer candidate the catalog cannot resolve, with how many items carry it.</summary>
    public static Dictionary<string, int> Unresolved(IReadOnlyList<EvalItem> items, ModelCatalog catalog)
    {
        // Items share a few producer pairs: count each pair once, in order of first appearance, then credit its candidates.
        var codes = ProducerCodes.Of(items);
        var pairs = new Dictionary<(int A, int B), int>();
        for (var i = 0; i < items.Count; i++)
        {
            var pair = (codes.A[i], codes.B[i]);
            pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
        }

        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((a, b), n) in pairs)
        {
            var models = (A: a < 0 ? null : codes.Distinct[a], B: b < 0 ? null : codes.Distinct[b]);
            foreach (var candidate in Candidates(models.A).Concat(Candidates(models.B)).Distinct(StringComparer.Ordinal))
            {
                if (!known.TryGetValue(candidate, out var found))
                {
                    found = catalog.Resolve(candidate).Found;
                    known[candidate] = found;
                }

                if (!found)
                {
                    counts[candidate] = counts.GetValueOrDefault(candidate) + n;
                }
            }
        }

        return counts;
    }

    public static string[] Candidates(string? model) =>
        model is null ? [] : model.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Null when the catalog cannot relate the two models.</summary>
    static bool? IsOwn(RelationKind kind, SelfPreferenceScope scope) => kind switch
    {
        RelationKind.Unknown => null,
        RelationKind.SameModel => true,
        RelationKind.SameFamily => scope != SelfPreferenceScope.Model,
        RelationKind.Lineage => scope == SelfPreferenceScope.Lineage,
        _ => false,
    };

    static bool? Side(string[] candidates, Dictionary<string, bool?> relation)
    {
        if (candidates.Length == 0 || candidates.Any(c => relation[c] is null))
        {
            return null;
        }

        var owned = candidates.Count(c => relation[c] == true);
        return owned == candidates.Length ? true : owned == 0 ? false : null;
    }
}
