using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>Broken or mismatched JSON files, missing files, unknown formats and keys: located diagnostics, no exceptions.</summary>
public sealed class JsonFileErrorTests : IDisposable
{
    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Malformed_json_reports_the_line_where_parsing_stopped()
    {
        var path = temp.Write("broken.json", "{\n  \"pair_index\": [\n    [\"q\", \"d\"],\n    [\"q\" \"e\"]\n  ]\n}\n");

        var d = Assert.Single(Read(Spec(path, "rag-eval-external"), DataRole.Items).Diagnostics);

        Assert.Equal(("JE0053", 4), (d.Code, d.Location!.Line));
        Assert.Equal(path, d.Location.File);
    }

    [Fact]
    public void A_wrong_top_level_shape_is_reported()
    {
        var path = temp.Write("list.json", "[1, 2]");

        Assert.Equal("JE0054", Assert.Single(Read(Spec(path, "rag-eval-external"), DataRole.Items).Diagnostics).Code);
        Assert.Equal("JE0054", Assert.Single(Read(Spec(path, "rag-eval-within-corpus"), DataRole.Items).Diagnostics).Code);
        Assert.Equal("JE0054", Assert.Single(Read(Spec(temp.Write("obj.json", "{}"), "llmbar"), DataRole.Items, TaskKind.Pairwise).Diagnostics).Code);
    }

    [Fact]
    public void Bad_entries_and_length_mismatches_are_located()
    {
        var path = temp.Write("short.json", """
            {
              "pair_index": [["q1", "d1"], ["q1"], ["q2", "d2"]],
              "human_scores": [1, 2],
              "per_judge_scores": {"j": [0, "n/a", null]}
            }
            """);

        var items = Read(Spec(path, "rag-eval-external"), DataRole.Items);
        var labels = Read(Spec(path, "rag-eval-external"), DataRole.HumanLabels);
        var judged = Read(Spec(path, "rag-eval-external"), DataRole.Judgments);

        Assert.Equal(("JE0054", 2, 32), (items.Diagnostics.Single().Code, items.Diagnostics.Single().Location!.Line, items.Diagnostics.Single().Location!.Column));
        Assert.Contains(labels.Diagnostics, d => d.Code == "JE0054" && d.Location!.Line == 3 && d.Message.Contains("has 2 entries", StringComparison.Ordinal));
        Assert.Equal(["q1/d1", "q2/d2"], items.Items.Select(i => i.Id));
        // The malformed pair's score ("n/a") is dropped with it; the null stays missing.
        var list = judged.Judgments["j"];
        Assert.Equal([0.0, null], list.Select(j => j.Score));
        Assert.Equal("null in source", list[1].MissingReason);
    }

    [Fact]
    public void An_unknown_key_lists_the_keys_in_the_file()
    {
        var d = Assert.Single(Read(Spec(RagEval("results/trec-rag-2024_judges.json"), "rag-eval-external", ("key", "Claude Opus 4.7")), DataRole.Judgments).Diagnostics);

        Assert.Equal(("JE0061", KeyAt), (d.Code, d.Location));
        Assert.Contains("\"Claude Opus 4.7 (OpenRouter)\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_files_and_unknown_formats_are_errors_at_the_manifest()
    {
        var missing = Read(Spec(Path.Combine(temp.Path, "nope.jsonl"), "jsonl"), DataRole.Items);
        var unknown = Read(Spec(temp.Write("x.txt", ""), "parquet"), DataRole.Items);

        Assert.Equal(("JE0051", DeclaredAt), (missing.Diagnostics.Single().Code, missing.Diagnostics.Single().Location));
        Assert.Equal(("JE0050", DeclaredAt), (unknown.Diagnostics.Single().Code, unknown.Diagnostics.Single().Location));
        Assert.Contains("rag-eval-within-corpus", unknown.Diagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Qrels_lines_with_wrong_fields_are_located()
    {
        var path = temp.Write("q.txt", "q1 0 d1 2\nq1 0 d2\nq1 0 d3 high\n\nq2\t0\td1\t1\nq2 0 d2 1 extra\n");

        var result = Read(Spec(path, "trec-qrels"), DataRole.HumanLabels);

        Assert.Equal([("JE0058", 2), ("JE0057", 3), ("JE0058", 6)], result.Diagnostics.Select(d => (d.Code, d.Location!.Line)));
        Assert.Equal([("q1/d1", 2.0, 1), ("q2/d1", 1.0, 5)], result.Labels.Select(l => (l.ItemId, l.Score, l.Source!.Line)));
        Assert.Equal("JE0060", Read(Spec(path, "trec-qrels"), DataRole.Items).Diagnostics.Single().Code);
    }

    [Fact]
    public void Model_ids_that_do_not_match_are_warned()
    {
        var dataset = temp.Write("dataset.json", """
            [
              {"input": "q0", "output_1": "a", "output_2": "b", "label": 1},
              {"input": "q1", "output_1": "c", "output_2": "d", "label": 2}
            ]
            """);
        temp.Write("ids.csv", "subset,index,question_id,model_output_1,model_output_2,label\nS,0,1,m1,m2,2\nS,5,1,m1,m2,1\nT,1,1,x,y,2\n");

        var result = Read(Spec(dataset, "llmbar", ("subset", "S"), ("modelIds", "ids.csv")), DataRole.Items, TaskKind.Pairwise);

        Assert.Equal(("m1", "m2"), (result.Items[0].Model, result.Items[0].ModelB));
        Assert.Null(result.Items[1].Model);
        Assert.Equal(["JE0062", "JE0062", "JE0062"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal([2, 3], result.Diagnostics.Take(2).Select(d => d.Location!.Line));
        Assert.Equal(KeyAt, result.Diagnostics[2].Location);
        Assert.Equal("S/1", result.Items[1].Id);
    }
}
