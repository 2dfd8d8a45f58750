using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Judging;

/// <summary>A judge's settled units as judgments shaped like imported recorded data: one per (item, sample), pairwise orders joined.</summary>
internal static class LiveJudgments
{
    /// <summary>From the judge's units and results in plan order, so judgments keep the plan's order.</summary>
    public static List<Judgment> Of(IReadOnlyList<EvalItem> items, IEnumerable<(JudgingUnit Unit, UnitResult Result)> mine) =>
        [.. mine.GroupBy(p => (p.Unit.Item, p.Unit.Sample)).Select(g => ToJudgment(items[g.Key.Item], g.Key.Sample, [.. g]))];

    static Judgment ToJudgment(EvalItem item, int sample, List<(JudgingUnit Unit, UnitResult Result)> orders)
    {
        if (orders.Count == 1)
        {
            var only = orders[0].Result;
            return new Judgment { ItemId = item.Id, Score = only.Verdict.Value, Sample = sample, MissingReason = only.Verdict.MissingReason, RawText = only.Raw };
        }

        var original = orders.Single(o => !o.Unit.Swapped).Result;
        var swapped = orders.Single(o => o.Unit.Swapped).Result;
        return new Judgment
        {
            ItemId = item.Id,
            Score = original.Verdict.Value,
            SwappedScore = swapped.Verdict.Value,
            Sample = sample,
            MissingReason = ByOrder(original.Verdict.MissingReason, swapped.Verdict.MissingReason, "; ", (order, reason) => $"{order}: {reason}"),
            RawText = ByOrder(original.Raw, swapped.Raw, "\n", (order, raw) => $"[{order}] {raw}"),
            OriginalRawText = original.Raw,
            SwappedRawText = swapped.Raw,
        };
    }

    /// <summary>Each order's text that exists, labelled and joined; null when neither order has one.</summary>
    static string? ByOrder(string? original, string? swapped, string separator, Func<string, string, string> label)
    {
        var parts = new[] { ("original", original), ("swapped", swapped) }
            .Where(p => p.Item2 is not null)
            .Select(p => label(p.Item1, p.Item2!))
            .ToList();
        return parts.Count > 0 ? string.Join(separator, parts) : null;
    }
}
