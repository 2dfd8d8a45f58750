using JudgeEval.Engine.Catalog;

namespace JudgeEval.Engine.Tests.Catalog;

/// <summary>The effective number of independent judges: related judges (union-find over relations) count once.</summary>
public class IndependentClustersTests
{
    // The nine judges of the rag-eval-llm-judge data: Anthropic x2, OpenAI x2, Google Gemini x2, DeepSeek, Qwen, Gemma.
    static readonly string[] TrecJudges =
    [
        "anthropic/claude-opus-4.7", "anthropic/claude-sonnet-4.6", "openai/gpt-5.5", "openai/gpt-4o",
        "google/gemini-3.1-pro-preview", "google/gemini-2.5-pro", "deepseek/deepseek-v4-pro", "qwen/qwen-3.6-plus", "google/gemma-4-26b",
    ];

    [Fact]
    public void Nine_trec_judges_form_six_clusters() => Assert.Equal(6, ModelCatalog.IndependentClusters(TrecJudges));

    // MT-Bench judges: GPT-4 and ChatGPT share the gpt family; Llama 2 and PaLM 2 stand alone.
    [Fact]
    public void Four_mt_bench_judges_form_three_clusters() =>
        Assert.Equal(3, ModelCatalog.IndependentClusters(["gpt-4", "gpt-3.5-turbo", "llama-2-70b-chat", "palm-2-chat-bison"]));

    // Vicuna links the llama-13b line to the gpt family, so union-find merges them transitively.
    [Fact]
    public void Lineage_joins_clusters_transitively()
    {
        var clusters = ModelCatalog.BuiltIn.Clusters(["gpt-4", "llama-13b", "vicuna-13b", "claude-v1"]);

        Assert.Equal(2, clusters.Count);
        Assert.Equal(["gpt-4", "llama-13b", "vicuna-13b"], clusters[0]);
    }

    [Fact]
    public void Unknown_models_count_once_per_distinct_name() =>
        Assert.Equal(2, ModelCatalog.IndependentClusters(["acme-a", "ACME-A", "acme-b"]));

    [Fact]
    public void No_models_no_clusters() => Assert.Equal(0, ModelCatalog.IndependentClusters([]));
}
