using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Ensembles;

namespace JudgeEval.Engine.Labelling;

/// <summary>
/// The items `judgeeval label` asks about, as item indices in asking order. The selection is a pure function of the
/// data, the mode, the count and the seed, so a second session selects the same items and resumes where the first
/// stopped; items already labelled are skipped later, not here, so progress "in all" counts them.
/// </summary>
public static class ItemSelection
{
    public static IReadOnlyList<int> Select(EvalDataset data, TakeMode mode, int count, int seed) => mode switch
    {
        TakeMode.Review => Review(data, count),
        TakeMode.Stratified => Stratified(data, count, seed),
        _ => [.. Shuffled(Enumerable.Range(0, data.Items.Count), seed).Take(count)],
    };

    /// <summary>The audit's own review ranking (JE4002): most judge disagreement first; only items the judges disagree on.</summary>
    static List<int> Review(EvalDataset data, int count)
    {
        var index = new Dictionary<string, int>(data.Items.Count, StringComparer.Ordinal);
        for (var i = 0; i < data.Items.Count; i++)
        {
            index.TryAdd(data.Items[i].Id, i);
        }

        var (ranked, _) = ReviewSelector.Select(data, count);
        return [.. ranked.Select(r => index[r.ItemId])];
    }

    /// <summary>
    /// Strata are the judges' majority verdict (ties to the lower grade, as the majority ensemble); items no judge rated
    /// form a last stratum. Each stratum is shuffled, then the strata take turns, so any prefix is as balanced as the
    /// strata's sizes allow.
    /// </summary>
    static List<int> Stratified(EvalDataset data, int count, int seed)
    {
        var categories = data.Scale.Categories;
        var strata = new List<int>[categories.Count + 1];
        for (var s = 0; s < strata.Length; s++)
        {
            strata[s] = [];
        }

        var votes = new double?[data.Judges.Count];
        for (var i = 0; i < data.Items.Count; i++)
        {
            for (var j = 0; j < votes.Length; j++)
            {
                votes[j] = data.Judges[j].Scores[i];
            }

            var majority = EnsembleAggregator.Majority(votes, categories);
            strata[majority is { } m ? IndexOf(categories, m) : categories.Count].Add(i);
        }

        var queues = strata.Select((items, s) => new Queue<int>(Shuffled(items, seed + s))).ToList();
        var result = new List<int>(Math.Min(count, data.Items.Count));
        while (result.Count < count && queues.Any(q => q.Count > 0))
        {
            foreach (var queue in queues)
            {
                if (queue.Count > 0 && result.Count < count)
                {
                    result.Add(queue.Dequeue());
                }
            }
        }

        return result;
    }

    /// <summary>Whether any judge rated any item: stratifying by the judges' verdicts needs at least one.</summary>
    public static bool HasVerdicts(EvalDataset data) => data.Judges.Any(j => j.Scores.Any(s => s.HasValue));

    static int IndexOf(IReadOnlyList<double> categories, double value)
    {
        for (var c = 0; c < categories.Count; c++)
        {
            if (categories[c] == value)
            {
                return c;
            }
        }

        return categories.Count;
    }

    /// <summary>Fisher-Yates with a seeded generator: the same seed gives the same order on every machine.</summary>
    static List<int> Shuffled(IEnumerable<int> items, int seed)
    {
        var list = items.ToList();
        var random = new Random(seed);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var k = random.Next(i + 1);
            (list[i], list[k]) = (list[k], list[i]);
        }

        return list;
    }
}
