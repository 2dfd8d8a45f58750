namespace JudgeEval.Engine.Catalog;

/// <summary>
/// The relation rules, strongest first: the same entry; one model derived (transitively) from the other; the same
/// family; a shared ancestor, or ancestors (including the models themselves) in one family. Only edges walked upwards
/// from each model count, so two unrelated lines that both fed one derived model stay unrelated.
/// </summary>
static class ModelRelations
{
    const string SameFamily = "sameFamily";

    public static ModelRelation Relate(IReadOnlyDictionary<string, ModelEntry> byId, ModelEntry a, ModelEntry b)
    {
        if (a.Id == b.Id)
        {
            return new(RelationKind.SameModel, [a.Id], $"both are {a.Id}");
        }

        var upA = LineageGraph.Ancestors(byId, a.Id);
        var upB = LineageGraph.Ancestors(byId, b.Id);
        if (upA.ContainsKey(b.Id))
        {
            return Lineage(byId, LineageGraph.UpChain(upA, b.Id));
        }

        if (upB.ContainsKey(a.Id))
        {
            return Lineage(byId, LineageGraph.DownChain(upB, a.Id));
        }

        if (a.Family == b.Family)
        {
            return new(RelationKind.SameFamily, [a.Id, SameFamily, b.Id], $"{a.Id} and {b.Id} are both {a.Family} models");
        }

        var shared = upA.Keys
            .SelectMany(x => upB.Keys.Where(y => byId[x].Family == byId[y].Family).Select(y => (X: x, Y: y, Cost: upA[x].Distance + upB[y].Distance + (x == y ? 0 : 1))))
            .OrderBy(p => p.Cost)
            .ThenBy(p => p.X == p.Y ? 0 : 1)
            .FirstOrDefault();
        if (shared.X is null)
        {
            return new(RelationKind.Unrelated, [], $"no shared family or lineage: {a.Id} is a {a.Family} model ({a.Provider}), {b.Id} a {b.Family} model ({b.Provider})");
        }

        var path = LineageGraph.UpChain(upA, shared.X);
        var down = LineageGraph.DownChain(upB, shared.Y);
        if (shared.X != shared.Y)
        {
            path.Add(SameFamily);
            path.AddRange(down);
        }
        else
        {
            path.AddRange(down.Skip(1));
        }

        return Lineage(byId, path);
    }

    static ModelRelation Lineage(IReadOnlyDictionary<string, ModelEntry> byId, List<string> path) =>
        new(RelationKind.Lineage, path, Explain(byId, path));

    /// <summary>One clause per edge of the path, e.g. "vicuna-13b was trained on outputs of gpt-3.5-turbo".</summary>
    public static string Explain(IReadOnlyDictionary<string, ModelEntry> byId, IReadOnlyList<string> path)
    {
        var clauses = new List<string>();
        for (var i = 1; i + 1 < path.Count; i += 2)
        {
            var (from, to) = (path[i - 1], path[i + 1]);
            clauses.Add(path[i] switch
            {
                "fineTunedFrom" => $"{from} is fine-tuned from {to}",
                "distilledFrom" => $"{from} was trained on outputs of {to}",
                "fineTunedInto" => $"{to} is fine-tuned from {from}",
                "distilledInto" => $"{to} was trained on outputs of {from}",
                _ => $"{from} and {to} are both {byId[from].Family} models",
            });
        }

        return string.Join("; ", clauses);
    }
}
