using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// Pairwise files have one row per presentation order; a judgment holds both. Rows of one judge key, item and sample
/// are merged: Score from the original order, SwappedScore from the swapped one (already in the original numbering).
/// </summary>
sealed class PairwiseMerger(ImportContext context)
{
    readonly Dictionary<(string Key, string Id, int Sample), Pair> pairs = [];
    readonly List<(string Key, Pair Pair)> order = [];

    public void Add(string key, Judgment row, bool swapped)
    {
        if (!pairs.TryGetValue((key, row.ItemId, row.Sample), out var pair))
        {
            pair = new Pair();
            pairs.Add((key, row.ItemId, row.Sample), pair);
            order.Add((key, pair));
        }

        ref var slot = ref swapped ? ref pair.Swapped : ref pair.Original;
        if (slot is not null || pair.Both)
        {
            var which = pair.Both ? "both-orders" : swapped ? "swapped" : "original";
            context.Report(ImportDiagnostics.DuplicateOrder, $"'{row.ItemId}' (sample {row.Sample}) already has a {which}-order verdict from this judge; this row is skipped.", row.Source);
            return;
        }

        slot = row;
    }

    /// <summary>A verdict that already combines both orders (`order: both`): it is the item's verdict, its orders unknown.</summary>
    public void AddBoth(string key, Judgment row)
    {
        if (!pairs.TryGetValue((key, row.ItemId, row.Sample), out var pair))
        {
            pair = new Pair();
            pairs.Add((key, row.ItemId, row.Sample), pair);
            order.Add((key, pair));
        }

        if (pair.Original is not null || pair.Swapped is not null)
        {
            context.Report(ImportDiagnostics.DuplicateOrder, $"'{row.ItemId}' (sample {row.Sample}) already has a verdict from this judge; a both-orders verdict cannot be added to it. This row is skipped.", row.Source);
            return;
        }

        pair.Original = row with { BothOrders = true };
        pair.Both = true;
    }

    public void Complete()
    {
        foreach (var (key, pair) in order)
        {
            context.AddJudgment(key, pair.Both ? pair.Original! : Merge(pair.Original, pair.Swapped));
        }
    }

    /// <summary>One judgment from the two orders' rows (at least one present).</summary>
    public static Judgment Merge(Judgment? original, Judgment? swapped)
    {
        var first = (original ?? swapped)!;
        var reasonOriginal = original is null ? "no original-order verdict" : original.MissingReason;
        var reasonSwapped = swapped is null ? "no swapped-order verdict" : swapped.MissingReason;
        var reason = (reasonOriginal, reasonSwapped) switch
        {
            (null, null) => null,
            (_, null) => reasonOriginal,
            (null, _) => reasonSwapped,
            _ when reasonOriginal == reasonSwapped => reasonOriginal,
            _ => $"original: {reasonOriginal}; swapped: {reasonSwapped}",
        };
        return first with
        {
            Score = original?.Score,
            SwappedScore = swapped?.Score,
            MissingReason = reason,
            RawText = Values.JoinOrders(original?.RawText, swapped?.RawText),
            OriginalRawText = original?.RawText,
            SwappedRawText = swapped?.RawText,
            Source = original?.Source ?? swapped!.Source,
        };
    }

    sealed class Pair
    {
        public Judgment? Original;
        public Judgment? Swapped;

        public bool Both;
    }
}
