using System.Globalization;
using System.Text.Json;
using JudgeEval.Engine.Statistics.Retrieval;

namespace JudgeEval.Engine.Tests.Statistics.Retrieval;

/// <summary>
/// Reproduces the published metrics of the 9 within-corpus judge files (Sukul, RAG-Eval-LLM-Judge, CC-BY-4.0):
/// every query's metrics block and each file's aggregate. What the data shows about the authors' rules: a null
/// judge_score counts as grade 0 (and in mean_judge_score as 0 over all 10 ranks); the ideal ranking is the judged
/// list re-sorted; a query whose ideal DCG is 0 scores nDCG 0; "relevant" means grade >= 2; the aggregate is the
/// mean of the per-query values after rounding each to 4 decimals (so the unrounded mean can differ by up to 5e-5).
/// </summary>
public sealed class WithinCorpusAcceptanceTests
{
    static readonly string Folder = Path.Combine(RepoRoot.Path, "samples", "data", "rag-eval-llm-judge", "results", "within_corpus");

    public static TheoryData<string> Files { get; } = new(
        "claude_opus_4.7", "claude_sonnet_4.6", "deepseek_v4_pro", "gemini_2.5_pro", "gemini_3.1_pro_preview",
        "gemma_4_26b", "gpt-4o", "gpt-5.5_reasoning_low", "qwen_3.6_plus");

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_query_metric_matches_to_4_decimals(string judge)
    {
        using var document = Load(judge);
        foreach (var query in document.RootElement.GetProperty("queries").EnumerateArray())
        {
            var grades = Grades(query);
            var published = query.GetProperty("metrics");
            var id = query.GetProperty("query_id").GetString();
            Assert.True(Same(published, "ndcg@5", RetrievalMetrics.Ndcg(grades, 5)), $"{judge} {id} ndcg@5");
            Assert.True(Same(published, "ndcg@10", RetrievalMetrics.Ndcg(grades, 10)), $"{judge} {id} ndcg@10");
            Assert.True(Same(published, "precision@1", RetrievalMetrics.PrecisionAt(grades, 1, 2)), $"{judge} {id} p@1");
            Assert.True(Same(published, "precision@5", RetrievalMetrics.PrecisionAt(grades, 5, 2)), $"{judge} {id} p@5");
            Assert.True(Same(published, "precision@10", RetrievalMetrics.PrecisionAt(grades, 10, 2)), $"{judge} {id} p@10");
            Assert.True(Same(published, "mrr", RetrievalMetrics.ReciprocalRank(grades, 2)), $"{judge} {id} mrr");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Aggregate_block_is_reproduced(string judge)
    {
        using var document = Load(judge);
        var queries = document.RootElement.GetProperty("queries").EnumerateArray().Select(Grades).ToList();
        var aggregate = document.RootElement.GetProperty("aggregate");
        var summary = RetrievalMetrics.Summarize(queries, 10, 5, 2);
        (string Ours, string Theirs)[] keys = [("ndcg@10", "ndcg@10"), ("p@5", "precision@5"), ("mrr", "mrr"), ("meanScore", "mean_judge_score")];
        foreach (var (ours, theirs) in keys)
        {
            var published = aggregate.GetProperty(theirs).GetDouble();
            // Exact to 4 dp the way the authors computed it (per-query values rounded, then averaged) ...
            var perQueryRounded = queries.Average(q => Math.Round(PerQuery(ours, q), 4, MidpointRounding.ToEven));
            Assert.Equal(published, Math.Round(perQueryRounded, 4, MidpointRounding.ToEven), 10);
            // ... and our unrounded mean within the 5e-5 that the authors' per-query rounding can move it.
            Assert.True(Math.Abs(summary[ours] - published) <= 1e-4, $"{judge} {ours}: {summary[ours]} vs {published}");
        }
    }

    static double PerQuery(string metric, double?[] grades) => metric switch
    {
        "ndcg@10" => RetrievalMetrics.Ndcg(grades, 10) is var v && double.IsNaN(v) ? 0 : v,
        "p@5" => RetrievalMetrics.PrecisionAt(grades, 5, 2),
        "mrr" => RetrievalMetrics.ReciprocalRank(grades, 2),
        _ => grades.Sum(g => g ?? 0) / grades.Length,
    };

    static bool Same(JsonElement metrics, string name, double ours)
    {
        var published = metrics.GetProperty(name).GetDouble();
        var value = double.IsNaN(ours) ? 0 : ours; // the authors score an undefined nDCG as 0
        return Math.Abs(Math.Round(value, 4, MidpointRounding.ToEven) - published) < 1e-9;
    }

    static double?[] Grades(JsonElement query) => query.GetProperty("retrieved").EnumerateArray()
        .OrderBy(r => r.GetProperty("rank").GetInt32())
        .Select(r => r.GetProperty("judge_score") is { ValueKind: JsonValueKind.Number } s ? s.GetDouble() : (double?)null)
        .ToArray();

    static JsonDocument Load(string judge) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"judge_{judge}.json"))));
}
