using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>Judge data as other tools write it: wide tables (`column`), boolean verdicts, verdicts of both orders, partial labels.</summary>
public sealed class WideTableTests : IDisposable
{
    const string Wide = "id,JudgeLM,GPT-4,Human,Expert\na,2,3,2.667,3\nb,1,,1,\nc,0,1,,0\n";

    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_judge_reads_its_column_of_a_wide_table_without_warnings_about_the_others()
    {
        var path = temp.Write("all.csv", Wide);

        var judgments = ImportClean(Spec(path, "csv", ("column", "GPT-4")), DataRole.Judgments).Judgments[""];

        Assert.Equal([3.0, null, 1.0], judgments.Select(j => j.Score));
        Assert.Equal("empty in source", judgments[1].MissingReason);
    }

    [Fact]
    public void Human_labels_read_a_column_as_that_annotator_and_an_empty_cell_is_not_labelled()
    {
        var path = temp.Write("all.csv", Wide);

        var human = ImportClean(Spec(path, "csv", ("column", "Human")), DataRole.HumanLabels).Labels;
        var expert = ImportClean(Spec(path, "csv", ("column", "Expert")), DataRole.HumanLabels).Labels;

        Assert.Equal([("a", 2.667), ("b", 1.0)], human.Select(l => (l.ItemId, l.Score)));
        Assert.All(human, l => Assert.Equal("Human", l.Annotator));
        Assert.Equal(["a", "c"], expert.Select(l => l.ItemId));
    }

    [Fact]
    public void A_column_the_header_lacks_is_a_missing_column_at_the_header()
    {
        var path = temp.Write("all.csv", Wide);

        var d = Assert.Single(Read(Spec(path, "csv", ("column", "gpt4")), DataRole.Judgments).Diagnostics);

        Assert.Equal("JE0065", d.Code);
        Assert.Contains("'gpt4' (named by `column`)", d.Message, StringComparison.Ordinal);
        Assert.Equal(1, d.Location!.Line);
    }

    [Fact]
    public void Items_cannot_take_a_column()
    {
        var path = temp.Write("all.csv", Wide);

        var d = Assert.Single(Read(Spec(path, "csv", ("column", "GPT-4")), DataRole.Items).Diagnostics);

        Assert.Equal(("JE0063", KeyAt), (d.Code, d.Location));
    }

    [Fact]
    public void A_pairwise_column_is_the_verdict_of_both_orders()
    {
        var path = temp.Write("pairs.csv", "id,gpt-4\np1,first\np2,tie\np3,2\n");

        var judgments = ImportClean(Spec(path, "csv", ("column", "gpt-4")), DataRole.Judgments, TaskKind.Pairwise).Judgments[""];

        Assert.Equal([Preference.First, Preference.Tie, Preference.Second], judgments.Select(j => j.Score));
        Assert.All(judgments, j => Assert.True(j.BothOrders));
    }

    [Fact]
    public void Order_both_marks_a_combined_verdict_and_cannot_sit_beside_an_order()
    {
        var path = temp.Write("pairs.jsonl", """
            {"id": "p1", "verdict": "second", "order": "both"}
            {"id": "p2", "verdict": "first", "order": "both"}
            {"id": "p2", "verdict": "first", "order": "swapped"}
            """);

        var result = Read(Spec(path, "jsonl"), DataRole.Judgments, TaskKind.Pairwise);

        Assert.Equal([(Preference.Second, true), (Preference.First, true)], result.Judgments[""].Select(j => (j.Score!.Value, j.BothOrders)));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("JE0066", 3), (d.Code, d.Location!.Line));
    }

    [Theory]
    [InlineData("True", 1)]
    [InlineData("false", 0)]
    [InlineData("YES", 1)]
    [InlineData("no", 0)]
    [InlineData("pass", 1)]
    [InlineData("Fail", 0)]
    [InlineData("1", 1)]
    [InlineData("0", 0)]
    public void Boolean_verdicts_and_labels_read_as_1_and_0_on_a_binary_scale(string written, double value)
    {
        var path = temp.Write("b.csv", $"id,score,label\na,{written},{written}\n");
        var spec = Spec(path, "csv") with { BinaryScale = true };

        Assert.Equal(value, ImportClean(spec, DataRole.Judgments).Judgments[""][0].Score);
        Assert.Equal(value, ImportClean(spec, DataRole.HumanLabels).Labels[0].Score);
    }

    [Fact]
    public void Boolean_words_on_a_graded_scale_are_not_guessed()
    {
        var path = temp.Write("b.csv", "id,score,label\na,yes,yes\n");

        var judgment = Read(Spec(path, "csv"), DataRole.Judgments);
        var label = Read(Spec(path, "csv"), DataRole.HumanLabels);

        Assert.Equal(("JE0056", (double?)null), (Assert.Single(judgment.Diagnostics).Code, judgment.Judgments[""][0].Score));
        Assert.Equal("JE0057", Assert.Single(label.Diagnostics).Code);
    }

    [Fact]
    public void Json_booleans_are_binary_verdicts_too()
    {
        var path = temp.Write("b.jsonl", "{\"id\": \"a\", \"score\": true}\n{\"id\": \"b\", \"score\": false}\n");

        var judgments = ImportClean(Spec(path, "jsonl") with { BinaryScale = true }, DataRole.Judgments).Judgments[""];

        Assert.Equal([1.0, 0.0], judgments.Select(j => j.Score));
    }

    [Fact]
    public void Rows_without_a_label_are_silently_not_labelled()
    {
        var path = temp.Write("labels.jsonl", "{\"id\": \"a\", \"label\": 2}\n{\"id\": \"b\", \"label\": null}\n{\"id\": \"c\"}\n{\"id\": \"d\", \"label\": \"\"}\n");

        var labels = ImportClean(Spec(path, "jsonl"), DataRole.HumanLabels).Labels;

        Assert.Equal(["a"], labels.Select(l => l.ItemId));
    }
}
