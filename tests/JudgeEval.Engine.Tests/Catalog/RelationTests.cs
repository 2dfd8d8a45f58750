using JudgeEval.Engine.Catalog;

namespace JudgeEval.Engine.Tests.Catalog;

/// <summary>
/// Relations between models. Lineage facts: Vicuna (Chiang et al. 2023, ShareGPT ChatGPT conversations on LLaMA-13B),
/// Alpaca (Taori et al. 2023, text-davinci-003 self-instruct data on LLaMA), DeepSeek-R1 model card (distills),
/// Phi-4 technical report (GPT-4o teacher).
/// </summary>
public class RelationTests
{
    static ModelCatalog Catalog => ModelCatalog.BuiltIn;

    [Fact]
    public void Gpt4_and_gpt35_turbo_are_the_same_family()
    {
        var relation = Catalog.Relate("gpt-4", "gpt-3.5-turbo");

        Assert.Equal(RelationKind.SameFamily, relation.Kind);
        Assert.Equal(["gpt-4", "sameFamily", "gpt-3.5-turbo"], relation.Path);
        Assert.Equal("gpt-4 and gpt-3.5-turbo are both gpt models", relation.Explanation);
    }

    [Fact]
    public void Vicuna_is_distilled_from_gpt35_turbo()
    {
        var relation = Catalog.Relate("vicuna-13b-v1.2", "gpt-3.5-turbo");

        Assert.Equal(RelationKind.Lineage, relation.Kind);
        Assert.Equal(["vicuna-13b", "distilledFrom", "gpt-3.5-turbo"], relation.Path);
        Assert.Equal("vicuna-13b was trained on outputs of gpt-3.5-turbo", relation.Explanation);
    }

    [Fact]
    public void Vicuna_reaches_gpt4_through_its_teachers_family()
    {
        var relation = Catalog.Relate("vicuna-13b", "gpt-4");

        Assert.Equal(RelationKind.Lineage, relation.Kind);
        Assert.Equal(["vicuna-13b", "distilledFrom", "gpt-3.5-turbo", "sameFamily", "gpt-4"], relation.Path);
    }

    [Fact]
    public void The_relation_reads_the_other_way_too()
    {
        var relation = Catalog.Relate("gpt-3.5-turbo", "vicuna-13b");

        Assert.Equal(["gpt-3.5-turbo", "distilledInto", "vicuna-13b"], relation.Path);
        Assert.Equal("vicuna-13b was trained on outputs of gpt-3.5-turbo", relation.Explanation);
    }

    [Fact]
    public void Alpaca_is_distilled_from_text_davinci_003() =>
        Assert.Equal(["alpaca-13b", "distilledFrom", "text-davinci-003"], Catalog.Relate("alpaca-13b", "text-davinci-003").Path);

    [Fact]
    public void Alpaca_and_llama_share_weights() =>
        Assert.Equal(["alpaca-13b", "fineTunedFrom", "llama-13b"], Catalog.Relate("alpaca-13b", "llama-13b").Path);

    [Fact]
    public void Alpaca_and_vicuna_share_the_llama_13b_base()
    {
        var relation = Catalog.Relate("alpaca-13b", "vicuna-13b");

        Assert.Equal(RelationKind.Lineage, relation.Kind);
        Assert.Equal(["alpaca-13b", "fineTunedFrom", "llama-13b", "fineTunedInto", "vicuna-13b"], relation.Path);
    }

    // QwQ-32B and R1-Distill-Qwen-32B both start from Qwen2.5-32B; the shared checkpoint beats a same-family hop of equal length.
    [Fact]
    public void Two_fine_tunes_of_one_base_are_related_through_it() =>
        Assert.Equal(
            ["qwq-32b", "fineTunedFrom", "qwen2.5-32b", "fineTunedInto", "deepseek-r1-distill-qwen-32b"],
            Catalog.Relate("qwq-32b", "deepseek-r1-distill-qwen-32b").Path);

    [Fact]
    public void R1_distill_llama_70b_is_fine_tuned_from_llama_33_70b()
    {
        var relation = Catalog.Relate("deepseek-r1-distill-llama-70b", "meta-llama/llama-3.3-70b-instruct");

        Assert.Equal(RelationKind.Lineage, relation.Kind);
        Assert.Equal(["deepseek-r1-distill-llama-70b", "fineTunedFrom", "llama-3.3-70b-instruct"], relation.Path);
    }

    [Fact]
    public void R1_distill_llama_70b_is_distilled_from_r1()
    {
        var relation = Catalog.Relate("deepseek-r1-distill-llama-70b", "deepseek-r1");

        Assert.Equal(RelationKind.Lineage, relation.Kind);
        Assert.Equal(["deepseek-r1-distill-llama-70b", "distilledFrom", "deepseek-r1"], relation.Path);
    }

    [Fact]
    public void A_derived_model_does_not_make_its_two_sources_related() =>
        Assert.Equal(RelationKind.Unrelated, Catalog.Relate("llama-2-70b-chat", "deepseek-v3").Kind);

    [Fact]
    public void Phi4_is_related_to_its_teacher_gpt4o() =>
        Assert.Equal(["phi-4", "distilledFrom", "gpt-4o"], Catalog.Relate("microsoft/phi-4", "openai/gpt-4o").Path);

    [Theory]
    [InlineData("anthropic/claude-opus-4.7", "google/gemini-3.1-pro-preview")]
    [InlineData("claude-v1", "palm-2-chat-bison")]
    [InlineData("gemma-4-26b", "gemini-2.5-pro")]
    [InlineData("gpt-4o", "llama-3.1-70b-instruct")]
    public void Different_developers_without_lineage_are_unrelated(string a, string b) =>
        Assert.Equal(RelationKind.Unrelated, Catalog.Relate(a, b).Kind);

    [Fact]
    public void Two_spellings_of_one_model_are_the_same_model() =>
        Assert.Equal(RelationKind.SameModel, Catalog.Relate("claude-3-5-sonnet-20240620", "anthropic/claude-3.5-sonnet").Kind);

    [Fact]
    public void An_unknown_model_makes_the_relation_unknown()
    {
        var relation = Catalog.Relate("acme-bot", "gpt-4");

        Assert.Equal(RelationKind.Unknown, relation.Kind);
        Assert.Empty(relation.Path);
        Assert.StartsWith("'acme-bot' is not in the model catalog", relation.Explanation, StringComparison.Ordinal);
        Assert.StartsWith("'a' and 'b' are not", Catalog.Relate("a", "b").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_models_are_picked_from_the_candidates() =>
        Assert.Equal(
            ["gpt-3.5-turbo", "vicuna-13b-v1.2", "alpaca-13b"],
            Catalog.RelatedModels("gpt-4", ["gpt-3.5-turbo", "claude-v1", "vicuna-13b-v1.2", "alpaca-13b", "llama-13b", "unknown-x"]));
}
