using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>Pairwise rows, one per presentation order, become one judgment with both verdicts.</summary>
public sealed class PairwiseMergeTests : IDisposable
{
    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Both_orders_merge_into_one_judgment_in_the_original_numbering()
    {
        var path = temp.Write("p.jsonl", """
            {"id": "x", "verdict": "first", "order": "original", "judge": "gpt4", "raw": "A"}
            {"id": "y", "verdict": 2, "judge": "gpt4"}
            {"id": "x", "verdict": "second", "order": "swapped", "judge": "gpt4", "raw": "B"}
            {"id": "y", "verdict": "tie", "order": "swapped", "judge": "gpt4"}
            {"id": "x", "verdict": "first", "order": "original", "judge": "palm"}
            """);

        var judgments = ImportClean(Spec(path, "jsonl"), DataRole.Judgments, TaskKind.Pairwise).Judgments;

        var gpt4 = judgments["gpt4"];
        Assert.Equal(2, gpt4.Count);
        Assert.Equal(("x", Preference.First, Preference.Second), (gpt4[0].ItemId, gpt4[0].Score!.Value, gpt4[0].SwappedScore!.Value));
        Assert.Equal("[output 1 shown first]\nA\n\n[output 2 shown first]\nB", gpt4[0].RawText);
        Assert.Equal(1, gpt4[0].Source!.Line);
        Assert.Equal((Preference.Second, Preference.Tie), (gpt4[1].Score!.Value, gpt4[1].SwappedScore!.Value));
        var palm = Assert.Single(judgments["palm"]);
        Assert.Equal((Preference.First, (double?)null, "no swapped-order verdict"), (palm.Score!.Value, palm.SwappedScore, palm.MissingReason));
    }

    [Fact]
    public void Csv_rows_merge_the_same_way_and_a_repeated_order_is_an_error()
    {
        var path = temp.Write("p.csv", "id,verdict,order\nx,1,original\nx,garbage,swapped\nx,2,original\nz,1,sideways\n");

        var result = Read(Spec(path, "csv"), DataRole.Judgments, TaskKind.Pairwise);

        Assert.Equal([("JE0056", 3), ("JE0066", 4), ("JE0057", 5)], result.Diagnostics.Select(d => (d.Code, d.Location!.Line)));
        var x = Assert.Single(result.Judgments[""]);
        Assert.Equal((Preference.First, (double?)null, "unparseable score"), (x.Score!.Value, x.SwappedScore, x.MissingReason));
    }

    [Fact]
    public void Pairwise_labels_accept_words_and_numbers()
    {
        var path = temp.Write("l.jsonl", """
            {"id": "a", "label": "second"}
            {"id": "b", "label": 1}
            {"id": "c", "label": "maybe"}
            """);

        var result = Read(Spec(path, "jsonl"), DataRole.HumanLabels, TaskKind.Pairwise);

        Assert.Equal([Preference.Second, Preference.First], result.Labels.Select(l => l.Score));
        Assert.Equal(("JE0057", 3), (result.Diagnostics.Single().Code, result.Diagnostics.Single().Location!.Line));
    }
}
