using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>The project's jsonl format in all three roles, with bad lines located.</summary>
public sealed class JsonlTests : IDisposable
{
    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Items_read_every_column()
    {
        var path = temp.Write("items.jsonl", """
            {"id": "q1/d1", "query": "what is kappa", "queryId": "q1", "text": "Cohen's kappa ...", "model": "gpt-4o", "rank": 1, "tags": ["stats", "agreement"]}

            {"id": 7, "text": "ünïcode", "rank": "2", "tags": "a; b"}
            {"id": 12345678901234567890}
            """);

        var items = ImportClean(Spec(path, "jsonl"), DataRole.Items).Items;

        Assert.Equal(3, items.Count);
        Assert.Equal("12345678901234567890", items[2].Id);
        Assert.Equal(("q1/d1", "q1", "what is kappa", "gpt-4o", 1), (items[0].Id, items[0].QueryId, items[0].Query, items[0].Model, items[0].Rank));
        Assert.Equal(["stats", "agreement"], items[0].Tags);
        Assert.Equal(("7", 2), (items[1].Id, items[1].Rank));
        Assert.Equal(["a", "b"], items[1].Tags);
        // Blank line 2 is skipped; the second item is line 3, its end column counts characters.
        Assert.Equal((3, 1, 3, 57), (items[1].Source!.Line, items[1].Source!.Column, items[1].Source!.EndLine, items[1].Source!.EndColumn));
    }

    [Fact]
    public void Rows_may_order_and_escape_their_property_names_each_their_own_way()
    {
        // Each row is matched in the previous row's order first; a row in another order, or with a property name
        // written with escapes, is still read column by column.
        var path = temp.Write("orders.jsonl", """
            {"id": "a", "queryId": "q1", "model": "gpt-4o"}
            {"model": "claude-3.5-sonnet", "id": "b", "queryId": "q1"}
            {"queryId": "q2", "\u0069d": "c", "mod\u0065l": "gpt-4o"}
            {"id": "d", "queryId": "q2", "model": "gpt-4o", "rank": 2}
            {"id": "e", "model": "gpt-4o"}
            """);

        var items = ImportClean(Spec(path, "jsonl"), DataRole.Items).Items;

        Assert.Equal(
            [("a", "q1", "gpt-4o"), ("b", "q1", "claude-3.5-sonnet"), ("c", "q2", "gpt-4o"), ("d", "q2", "gpt-4o"), ("e", null, "gpt-4o")],
            items.Select(i => (i.Id, i.QueryId, i.Model)));
        Assert.Equal(2, items[3].Rank);
    }

    [Fact]
    public void Labels_read_label_annotator_and_date()
    {
        var path = temp.Write("labels.jsonl", """
            {"id": "a", "label": 3, "annotator": "nist-7", "labeledOn": "2024-09-15"}
            {"id": "b", "label": "0"}
            """);

        var labels = ImportClean(Spec(path, "jsonl"), DataRole.HumanLabels).Labels;

        Assert.Equal(("a", 3.0, "nist-7", new DateOnly(2024, 9, 15)), (labels[0].ItemId, labels[0].Score, labels[0].Annotator, labels[0].LabeledOn!.Value));
        Assert.Equal(("b", 0.0, (DateOnly?)null), (labels[1].ItemId, labels[1].Score, labels[1].LabeledOn));
    }

    [Fact]
    public void Judgments_are_keyed_by_the_judge_column_and_key_selects_one()
    {
        var path = temp.Write("judgments.jsonl", """
            {"id": "a", "score": 2, "judge": "opus", "raw": "Score: 2"}
            {"id": "a", "score": 1, "judge": "gemma"}
            {"id": "b", "score": null, "judge": "opus", "reason": "refused"}
            {"id": "b", "score": 3, "sample": 1, "judge": "opus"}
            {"id": "c", "score": 1}
            """);

        var all = ImportClean(Spec(path, "jsonl"), DataRole.Judgments).Judgments;
        var opus = ImportClean(Spec(path, "jsonl", ("key", "opus")), DataRole.Judgments).Judgments;

        Assert.Equal(["", "gemma", "opus"], all.Keys.Order(StringComparer.Ordinal));
        var o = Assert.Single(opus).Value;
        Assert.Equal((2.0, "Score: 2"), (o[0].Score!.Value, o[0].RawText));
        Assert.Equal(((double?)null, "refused"), (o[1].Score, o[1].MissingReason));
        Assert.Equal((3.0, 1), (o[2].Score!.Value, o[2].Sample));
        Assert.Equal(4, o[2].Source!.Line);
    }

    [Fact]
    public void A_null_score_without_reason_is_missing_never_a_grade()
    {
        var path = temp.Write("j.jsonl", """
            {"id": "a", "score": null}
            {"id": "b"}
            {"id": "c", "score": ""}
            """);

        var list = ImportClean(Spec(path, "jsonl"), DataRole.Judgments).Judgments[""];

        Assert.All(list, j => Assert.Null(j.Score));
        Assert.Equal(["null in source", "no score in source", "empty in source"], list.Select(j => j.MissingReason));
    }

    [Fact]
    public void Bad_lines_are_located_and_the_rest_is_read()
    {
        var path = temp.Write("bad.jsonl", """
            {"id": "a", "score": 2}
            {"id": "b", "score": 2
            {"score": 1}
            {"id": "d", "score": "two"}
            [1, 2]
            {"id": "f", "score": 1, "scroe": 1}
            {"id": "g", "score": 1, "sample": -1}
            {"id": "h", "score": 1} trailing
            """);

        var result = Read(Spec(path, "jsonl"), DataRole.Judgments);

        var found = result.Diagnostics.Select(d => (d.Code, d.Location!.Line)).ToList();
        Assert.Equal([("JE0053", 2), ("JE0055", 3), ("JE0056", 4), ("JE0054", 5), ("JE0059", 6), ("JE0057", 7), ("JE0053", 8)], found);
        Assert.All(result.Diagnostics, d => Assert.Equal(path, d.Location!.File));
        Assert.Equal(["a", "d", "f"], result.Judgments[""].Select(j => j.ItemId));
        Assert.Null(result.Judgments[""][1].Score);
        Assert.Equal("unparseable score", result.Judgments[""][1].MissingReason);
    }

    [Fact]
    public void Malformed_json_points_at_the_column_where_parsing_stopped()
    {
        var path = temp.Write("col.jsonl", "{\"id\": \"a\", \"score\": 2x}\n");

        var d = Assert.Single(Read(Spec(path, "jsonl"), DataRole.Judgments).Diagnostics);

        Assert.Equal(("JE0053", 1, 23), (d.Code, d.Location!.Line, d.Location.Column));
    }
}
