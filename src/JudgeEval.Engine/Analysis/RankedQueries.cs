using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Analysis;

/// <summary>Items grouped by query and ordered by rank, for the ranked retrieval metrics; queries keep first-seen order.</summary>
public sealed class RankedQueries
{
    RankedQueries(IReadOnlyList<int[]> queries) => Queries = queries;

    /// <summary>Per query, the item indices by rank (rank 1 first).</summary>
    public IReadOnlyList<int[]> Queries { get; }

    /// <summary>Null unless every item has a query id and a rank.</summary>
    public static RankedQueries? From(IReadOnlyList<EvalItem> items)
    {
        if (items.Count == 0 || items.Any(i => i.QueryId is null || i.Rank is null))
        {
            return null;
        }

        var groups = items.Select((item, index) => (item, index))
            .GroupBy(x => x.item.QueryId!, StringComparer.Ordinal)
            .Select(g => g.OrderBy(x => x.item.Rank).Select(x => x.index).ToArray())
            .ToList();
        return new RankedQueries(groups);
    }

    public IReadOnlyList<IReadOnlyList<double?>> Grades(double?[] scores) =>
        [.. Queries.Select(q => (IReadOnlyList<double?>)[.. q.Select(i => scores[i])])];

    /// <summary>Cluster id per item (its query's position), for the cluster bootstrap.</summary>
    public static int[] ClusterIds(IReadOnlyList<EvalItem> items)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. items.Select(i => i.QueryId is { } q ? ids.TryGetValue(q, out var c) ? c : ids[q] = ids.Count : -1)];
    }
}
