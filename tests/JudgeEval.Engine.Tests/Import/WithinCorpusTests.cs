using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>
/// results/within_corpus/judge_*.json: 57 queries x top 10. Null counts per file counted independently in python3
/// (sum of judge_score is None over queries[].retrieved[]).
/// </summary>
public class WithinCorpusTests
{
    static string File(string slug) => RagEval($"results/within_corpus/judge_{slug}.json");

    public static TheoryData<string, int> Nulls => new()
    {
        { "claude_opus_4.7", 78 },
        { "claude_sonnet_4.6", 13 },
        { "gpt-5.5_reasoning_low", 0 },
        { "gpt-4o", 0 },
        { "gemini_3.1_pro_preview", 390 },
        { "gemini_2.5_pro", 273 },
        { "deepseek_v4_pro", 13 },
        { "qwen_3.6_plus", 0 },
        { "gemma_4_26b", 0 },
    };

    [Fact]
    public void Items_are_570_ranked_passages_of_57_queries()
    {
        var items = ImportClean(Spec(File("gpt-4o"), "rag-eval-within-corpus"), DataRole.Items).Items;

        Assert.Equal(570, items.Count);
        Assert.Equal(570, items.Select(i => i.Id).Distinct().Count());
        Assert.Equal(57, items.Select(i => i.QueryId).Distinct().Count());
        Assert.All(items.GroupBy(i => i.QueryId), g => Assert.Equal(Enumerable.Range(1, 10), g.Select(i => i.Rank!.Value).Order()));
        var first = items[0];
        Assert.Equal("q1/7e3fc4a3-2ff1-5698-bb3d-48ff3a513e41", first.Id);
        Assert.Equal(("q1", 1), (first.QueryId, first.Rank));
        Assert.Equal("What factors cause E. coli to attach to sediment particles in water?", first.Query);
        Assert.StartsWith("Bacterial, particulate, and environmental factors driving E. coli attachment\nin cell adhesion", first.Text, StringComparison.Ordinal);
        // The first retrieved object's `{` is line 45, column 9; its `}` line 52.
        Assert.Equal((45, 9, 52, 9), (first.Source!.Line, first.Source.Column, first.Source.EndLine, first.Source.EndColumn));
    }

    [Theory]
    [MemberData(nameof(Nulls))]
    public void Each_file_is_one_judge_keyed_empty_with_its_nulls_missing(string slug, int nulls)
    {
        var result = ImportClean(Spec(File(slug), "rag-eval-within-corpus"), DataRole.Judgments);

        var (key, list) = Assert.Single(result.Judgments);
        Assert.Equal("", key);
        Assert.Equal(570, list.Count);
        Assert.Equal(nulls, list.Count(j => j.Score is null));
        Assert.All(list.Where(j => j.Score is null), j => Assert.Equal("null in source", j.MissingReason));
    }

    [Fact]
    public void Ids_align_across_the_nine_files()
    {
        var reference = ImportClean(Spec(File("gpt-4o"), "rag-eval-within-corpus"), DataRole.Items).Items.Select(i => i.Id).ToList();

        foreach (var slug in Nulls.Select(n => (string)n[0]))
        {
            var ids = ImportClean(Spec(File(slug), "rag-eval-within-corpus"), DataRole.Judgments).Judgments[""].Select(j => j.ItemId);
            Assert.Equal(reference, ids);
        }
    }

    [Fact]
    public void Gpt4o_first_grade_is_2()
    {
        var list = ImportClean(Spec(File("gpt-4o"), "rag-eval-within-corpus"), DataRole.Judgments).Judgments[""];

        Assert.Equal(2, list[0].Score);
        // python3: Counter of judge_score in judge_gpt-4o.json: {0: 158, 1: 230, 2: 123, 3: 59}.
        Assert.Equal([158, 230, 123, 59], list.GroupBy(j => j.Score).OrderBy(g => g.Key).Select(g => g.Count()));
    }

    [Fact]
    public void Human_labels_are_not_in_this_format()
    {
        var result = Read(Spec(File("gpt-4o"), "rag-eval-within-corpus"), DataRole.HumanLabels);

        Assert.Equal(("JE0060", DeclaredAt), (result.Diagnostics.Single().Code, result.Diagnostics.Single().Location));
    }
}
