using System.Runtime.CompilerServices;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// The producer strings of the items, each distinct one numbered once (in order of first appearance, output 1 before
/// output 2), and every item's numbers (-1 for none). Computed once per item list and shared by every judge's
/// self-preference, so each judge reads small integers instead of hashing a string per item.
/// </summary>
sealed class ProducerCodes
{
    static readonly ConditionalWeakTable<IReadOnlyList<EvalItem>, ProducerCodes> Cache = [];

    ProducerCodes(IReadOnlyList<EvalItem> items)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<string>();
        var a = new int[items.Count];
        var b = new int[items.Count];
        string? lastA = null, lastB = null;
        int codeA = -1, codeB = -1;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            a[i] = item.Model is null ? -1 : item.Model == lastA ? codeA : (codeA = Number(lastA = item.Model, numbers, distinct));
            b[i] = item.ModelB is null ? -1 : item.ModelB == lastB ? codeB : (codeB = Number(lastB = item.ModelB, numbers, distinct));
        }

        Distinct = distinct;
        A = a;
        B = b;
    }

    /// <summary>The distinct producer strings, by number.</summary>
    public IReadOnlyList<string> Distinct { get; }

    /// <summary>Per item, the number of <see cref="EvalItem.Model"/>; -1 when it has none.</summary>
    public int[] A { get; }

    /// <summary>Per item, the number of <see cref="EvalItem.ModelB"/>; -1 when it has none.</summary>
    public int[] B { get; }

    public static ProducerCodes Of(IReadOnlyList<EvalItem> items) => Cache.GetValue(items, i => new ProducerCodes(i));

    static int Number(string model, Dictionary<string, int> numbers, List<string> distinct)
    {
        if (!numbers.TryGetValue(model, out var n))
        {
            n = distinct.Count;
            numbers.Add(model, n);
            distinct.Add(model);
        }

        return n;
    }
}
