namespace JudgeEval.Engine.Catalog;

/// <summary>Walks lineage edges (derived model to source model) over a set of entries.</summary>
static class LineageGraph
{
    /// <summary>A model reached walking up from a start model: distance, the node one step back towards the start, and the edge taken.</summary>
    public readonly record struct Step(int Distance, string? Child, LineageEdge Edge);

    /// <summary>The start model and all its ancestors, breadth first (nearest first).</summary>
    public static Dictionary<string, Step> Ancestors(IReadOnlyDictionary<string, ModelEntry> byId, string start)
    {
        var found = new Dictionary<string, Step>(StringComparer.Ordinal) { [start] = new(0, null, default) };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var id))
        {
            if (!byId.TryGetValue(id, out var entry))
            {
                continue;
            }

            foreach (var (edge, parent) in entry.Parents)
            {
                if (byId.ContainsKey(parent) && found.TryAdd(parent, new(found[id].Distance + 1, id, edge)))
                {
                    queue.Enqueue(parent);
                }
            }
        }

        return found;
    }

    /// <summary>[start, edge, model, ..., target] walking up the found ancestors.</summary>
    public static List<string> UpChain(Dictionary<string, Step> ancestors, string target)
    {
        var chain = new List<string> { target };
        for (var current = target; ancestors[current].Child is { } child; current = child)
        {
            chain.Add(Label(ancestors[current].Edge, upwards: true));
            chain.Add(child);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>The same chain read from the ancestor down to the start model, with the edges named backwards.</summary>
    public static List<string> DownChain(Dictionary<string, Step> ancestors, string ancestor)
    {
        var chain = UpChain(ancestors, ancestor);
        chain.Reverse();
        for (var i = 1; i < chain.Count; i += 2)
        {
            chain[i] = chain[i] == Label(LineageEdge.FineTunedFrom, upwards: true)
                ? Label(LineageEdge.FineTunedFrom, upwards: false)
                : Label(LineageEdge.DistilledFrom, upwards: false);
        }

        return chain;
    }

    public static string Label(LineageEdge edge, bool upwards) => (edge, upwards) switch
    {
        (LineageEdge.FineTunedFrom, true) => "fineTunedFrom",
        (LineageEdge.DistilledFrom, true) => "distilledFrom",
        (LineageEdge.FineTunedFrom, false) => "fineTunedInto",
        _ => "distilledInto",
    };

    /// <summary>A cycle of ids (first repeated at the end), or null when the edges form a forest of DAGs.</summary>
    public static List<string>? FindCycle(IReadOnlyDictionary<string, ModelEntry> byId)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path, true: done
        var path = new List<string>();
        foreach (var id in byId.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(id) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string id)
        {
            if (state.TryGetValue(id, out var done))
            {
                return done ? null : [.. path.SkipWhile(p => p != id), id];
            }

            state[id] = false;
            path.Add(id);
            foreach (var (_, parent) in byId.TryGetValue(id, out var entry) ? entry.Parents : [])
            {
                if (byId.ContainsKey(parent) && Visit(parent) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[id] = true;
            return null;
        }
    }
}
