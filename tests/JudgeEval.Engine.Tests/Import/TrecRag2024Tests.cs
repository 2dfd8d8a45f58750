using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>
/// results/trec-rag-2024_judges.json and the NIST qrels. Reference figures from the file's own per_judge_metadata
/// and from an independent count in python3 (json.load / str.split over the same files).
/// </summary>
public class TrecRag2024Tests
{
    static readonly string Judges = RagEval("results/trec-rag-2024_judges.json");
    static readonly string Qrels = RagEval("data/2024-retrieval-qrels.txt");

    // per_judge_metadata.n_missing of the file.
    public static TheoryData<string, int> Missing => new()
    {
        { "Claude Opus 4.7 (OpenRouter)", 0 },
        { "Claude Sonnet 4.6 (OpenRouter)", 0 },
        { "GPT-5.5 (reasoning=low)", 0 },
        { "GPT-4o (chat)", 0 },
        { "Gemini 3.1 Pro Preview (OpenRouter)", 410 },
        { "Gemini 2.5 Pro (OpenRouter)", 445 },
        { "DeepSeek V4 Pro (OpenRouter)", 325 },
        { "Qwen 3.6 Plus (OpenRouter)", 0 },
        { "Gemma 4 26B (OpenRouter)", 0 },
    };

    [Fact]
    public void Items_are_the_537_pairs_with_query_ids_and_element_locations()
    {
        var items = ImportClean(Spec(Judges, "rag-eval-external"), DataRole.Items).Items;

        Assert.Equal(537, items.Count);
        Assert.Equal(537, items.Select(i => i.Id).Distinct().Count());
        Assert.Equal(86, items.Select(i => i.QueryId).Distinct().Count());
        Assert.Equal("2024-217488/msmarco_v2.1_doc_45_1506027263#8_3073617797", items[0].Id);
        Assert.Equal("2024-217488", items[0].QueryId);
        // The first pair's `[` is on line 3, column 5; its `]` on line 6.
        Assert.Equal((3, 5, 6, 5), (items[0].Source!.Line, items[0].Source!.Column, items[0].Source!.EndLine, items[0].Source!.EndColumn));
    }

    [Fact]
    public void All_nine_judges_are_keyed_by_their_label_without_a_key()
    {
        var judgments = ImportClean(Spec(Judges, "rag-eval-external"), DataRole.Judgments).Judgments;

        Assert.Equal(9, judgments.Count);
        Assert.All(judgments.Values, list => Assert.Equal(537, list.Count));
        Assert.Equal(Missing.Select(m => (string)m[0]).Order(StringComparer.Ordinal), judgments.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Missing))]
    public void Nulls_stay_missing_and_match_n_missing(string key, int missing)
    {
        var result = ImportClean(Spec(Judges, "rag-eval-external", ("key", key)), DataRole.Judgments);

        var list = Assert.Single(result.Judgments, p => p.Key == key).Value;
        Assert.Single(result.Judgments);
        Assert.Equal(missing, list.Count(j => j.Score is null));
        Assert.All(list.Where(j => j.Score is null), j => Assert.Equal("null in source", j.MissingReason));
        Assert.All(list.Where(j => j.Score is not null), j => Assert.InRange(j.Score!.Value, 0, 3));
    }

    [Fact]
    public void First_pair_scores_match_the_file()
    {
        // python3: {k: v[0] for k, v in per_judge_scores.items()}: GPT-5.5 1, Opus 0, Gemini 3.1 null.
        var judgments = ImportClean(Spec(Judges, "rag-eval-external"), DataRole.Judgments).Judgments;

        Assert.Equal(1, judgments["GPT-5.5 (reasoning=low)"][0].Score);
        Assert.Equal(0, judgments["Claude Opus 4.7 (OpenRouter)"][0].Score);
        Assert.Null(judgments["Gemini 3.1 Pro Preview (OpenRouter)"][0].Score);
    }

    [Fact]
    public void Human_scores_are_stratified_135_134_134_134()
    {
        var labels = ImportClean(Spec(Judges, "rag-eval-external"), DataRole.HumanLabels).Labels;

        Assert.Equal(537, labels.Count);
        Assert.Equal([135, 134, 134, 134], labels.GroupBy(l => l.Score).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.Equal(2153, labels[0].Source!.Line);
    }

    [Fact]
    public void Qrels_label_every_pair_with_its_human_score()
    {
        var qrels = ImportClean(Spec(Qrels, "trec-qrels"), DataRole.HumanLabels).Labels;
        var human = ImportClean(Spec(Judges, "rag-eval-external"), DataRole.HumanLabels).Labels;

        // 20,283 lines, all distinct (qid, docid); the README and `wc -l` agree.
        Assert.Equal(20283, qrels.Count);
        var byId = qrels.ToDictionary(l => l.ItemId, l => l.Score, StringComparer.Ordinal);
        Assert.All(human, h => Assert.Equal(h.Score, byId[h.ItemId]));
        Assert.Equal((1, 1), (qrels[0].Source!.Line, qrels[0].Source!.Column));
        Assert.Equal("2024-105741/msmarco_v2.1_doc_00_125364462#6_229054655", qrels[0].ItemId);
    }

    [Fact]
    public void The_sample_joins_without_problems()
    {
        var items = ImportClean(Spec(Judges, "rag-eval-external"), DataRole.Items).Items;
        var labels = ImportClean(Spec(Qrels, "trec-qrels"), DataRole.HumanLabels).Labels;
        var judges = ImportClean(Spec(Judges, "rag-eval-external"), DataRole.Judgments).Judgments
            .Select(p => new JudgeInput(p.Key, p.Value, DeclaredAt)).ToList();

        var (dataset, diagnostics) = DatasetBuilder.Build(new DatasetInput
        {
            Scale = Scale.Pointwise(0, 3), Items = items, ItemsAt = DeclaredAt, Labels = labels, LabelsAt = DeclaredAt, Judges = judges,
        });

        Assert.Empty(diagnostics);
        Assert.Equal(537, dataset!.Human.Count(h => h.HasValue));
        Assert.Equal(127, dataset.Judge("Gemini 3.1 Pro Preview (OpenRouter)").Valid);
    }
}
