using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>
/// results/intra_judge_consistency.json read with the rag-eval-external importer: `per_judge[label].runs[r]` becomes
/// sample r of that judge. Reference counts from python3 (json.load over the same file).
/// </summary>
public class IntraJudgeConsistencyTests
{
    static readonly string File = RagEval("results/intra_judge_consistency.json");

    [Fact]
    public void Items_and_labels_are_the_50_pairs()
    {
        var items = ImportClean(Spec(File, "rag-eval-external"), DataRole.Items).Items;
        var labels = ImportClean(Spec(File, "rag-eval-external"), DataRole.HumanLabels).Labels;

        Assert.Equal(50, items.Count);
        Assert.Equal("2024-213817/msmarco_v2.1_doc_10_773758599#3_1436227878", items[0].Id);
        Assert.Equal(50, labels.Count);
        // python3: collections.Counter(human_scores) -> {0: 18, 1: 13, 2: 13, 3: 6}
        Assert.Equal([18, 13, 13, 6], [.. Enumerable.Range(0, 4).Select(g => labels.Count(l => l.Score == g))]);
    }

    [Fact]
    public void Each_run_is_a_sample_and_nulls_stay_missing()
    {
        var judgments = ImportClean(Spec(File, "rag-eval-external", ("key", "Gemini 2.5 Pro (OpenRouter)")), DataRole.Judgments).Judgments;

        var list = Assert.Single(judgments).Value;
        Assert.Equal(150, list.Count);
        Assert.Equal([0, 1, 2], list.Select(j => j.Sample).Distinct().Order());
        // n_valid_per_run of the file: [14, 15, 7]
        Assert.Equal([14, 15, 7], [.. Enumerable.Range(0, 3).Select(r => list.Count(j => j.Sample == r && j.Score.HasValue))]);
        Assert.All(list.Where(j => j.Score is null), j => Assert.Equal("null in source", j.MissingReason));
    }

    [Fact]
    public void All_nine_judges_without_a_key()
    {
        var judgments = ImportClean(Spec(File, "rag-eval-external"), DataRole.Judgments).Judgments;

        Assert.Equal(9, judgments.Count);
        Assert.All(judgments.Values, list => Assert.Equal(150, list.Count));
    }

    [Fact]
    public void An_unknown_key_lists_the_judges_of_the_file()
    {
        var d = Assert.Single(Read(Spec(File, "rag-eval-external", ("key", "GPT-4")), DataRole.Judgments).Diagnostics);

        Assert.Equal("JE0061", d.Code);
        Assert.Contains("\"GPT-4o (chat)\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_judge_without_runs_is_located()
    {
        using var temp = new TempFolder();
        var path = temp.Write("runs.json", """
            {"pair_index": [["q", "d"]], "human_scores": [1],
             "per_judge": {"j": {"spec": "x"}, "k": {"runs": [[1], [2]]}}}
            """);

        var result = Read(Spec(path, "rag-eval-external"), DataRole.Judgments);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("JE0054", d.Code);
        Assert.Contains("per_judge[\"j\"] has no `runs`", d.Message, StringComparison.Ordinal);
        Assert.Equal([0, 1], result.Judgments["k"].Select(j => j.Sample));
    }
}
