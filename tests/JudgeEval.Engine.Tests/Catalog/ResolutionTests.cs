using JudgeEval.Engine.Catalog;

namespace JudgeEval.Engine.Tests.Catalog;

/// <summary>The id styles people write. Reference forms: OpenAI, Anthropic, OpenRouter, AWS Bedrock and Vertex AI model id docs.</summary>
public class ResolutionTests
{
    static readonly JudgeEval.Engine.Diagnostics.SourceLocation At = JudgeEval.Engine.Diagnostics.SourceLocation.At("judgeeval.yaml", 1, 1);

    static ModelCatalog Catalog => ModelCatalog.BuiltIn;

    [Theory]
    [InlineData("gpt-4o", "gpt-4o")]
    [InlineData("GPT-4o", "gpt-4o")]
    [InlineData("  Claude-3-Opus ", "claude-3-opus")]
    [InlineData("openai/gpt-4o", "gpt-4o")]
    [InlineData("anthropic/claude-opus-4.7", "claude-opus-4.7")]
    [InlineData("anthropic/claude-3.5-sonnet:beta", "claude-3.5-sonnet")]
    [InlineData("meta-llama/llama-3.1-70b-instruct", "llama-3.1-70b-instruct")]
    [InlineData("meta-llama/llama-3.3-70b-instruct:free", "llama-3.3-70b-instruct")]
    [InlineData("meta-llama/Meta-Llama-3-8B-Instruct", "llama-3-8b-instruct")]
    [InlineData("deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "deepseek-r1-distill-llama-70b")]
    [InlineData("Qwen/Qwen2.5-72B-Instruct", "qwen2.5-72b-instruct")]
    [InlineData("mistralai/Mistral-7B-Instruct-v0.3", "mistral-7b-instruct")]
    public void Router_and_hub_ids(string written, string expected) => AssertResolves(written, expected);

    [Theory]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o")]
    [InlineData("gpt-4o-mini-2024-07-18", "gpt-4o-mini")]
    [InlineData("gpt-4-0613", "gpt-4")]
    [InlineData("gpt-3.5-turbo-0301", "gpt-3.5-turbo")]
    [InlineData("gpt-4-1106-preview", "gpt-4-turbo")]
    [InlineData("gpt-4-turbo-2024-04-09", "gpt-4-turbo")]
    [InlineData("gpt-5-2025-08-07", "gpt-5")]
    [InlineData("claude-3-5-sonnet-20240620", "claude-3.5-sonnet")]
    [InlineData("claude-3-5-sonnet-20241022", "claude-3.5-sonnet")]
    [InlineData("claude-3-opus-latest", "claude-3-opus")]
    [InlineData("claude-sonnet-4-5-20250929", "claude-sonnet-4.5")]
    [InlineData("claude-opus-4-1-20250805", "claude-opus-4.1")]
    [InlineData("claude-sonnet-4-20250514", "claude-sonnet-4")]
    [InlineData("gemini-2.5-pro-preview-06-05", "gemini-2.5-pro")]
    [InlineData("gemini-1.5-pro-exp-0827", "gemini-1.5-pro")]
    [InlineData("gemini-2.0-flash-exp", "gemini-2.0-flash")]
    [InlineData("gemini-1.5-flash-002", "gemini-1.5-flash")]
    [InlineData("deepseek-v3-0324", "deepseek-v3")]
    [InlineData("command-r-plus-08-2024", "command-r-plus")]
    [InlineData("mistral-large-2411", "mistral-large")]
    [InlineData("grok-2-1212", "grok-2")]
    public void Dated_and_preview_versions(string written, string expected) => AssertResolves(written, expected);

    [Theory]
    [InlineData("anthropic.claude-3-5-sonnet-20240620-v1:0", "claude-3.5-sonnet")]
    [InlineData("us.anthropic.claude-3-5-sonnet-20241022-v2:0", "claude-3.5-sonnet")]
    [InlineData("eu.anthropic.claude-3-7-sonnet-20250219-v1:0", "claude-3.7-sonnet")]
    [InlineData("anthropic.claude-v2", "claude-2")]
    [InlineData("anthropic.claude-v2:1", "claude-2.1")]
    [InlineData("anthropic.claude-instant-v1", "claude-instant-1")]
    [InlineData("meta.llama3-1-70b-instruct-v1:0", "llama-3.1-70b-instruct")]
    [InlineData("meta.llama2-70b-chat-v1", "llama-2-70b-chat")]
    [InlineData("amazon.nova-pro-v1:0", "nova-pro")]
    [InlineData("amazon.titan-text-express-v1", "titan-text-express")]
    [InlineData("mistral.mixtral-8x7b-instruct-v0:1", "mixtral-8x7b-instruct")]
    [InlineData("cohere.command-r-plus-v1:0", "command-r-plus")]
    public void Bedrock_ids(string written, string expected) => AssertResolves(written, expected);

    [Theory]
    [InlineData("claude-3-5-sonnet@20240620", "claude-3.5-sonnet")]
    [InlineData("claude-3-5-sonnet-v2@20241022", "claude-3.5-sonnet")]
    [InlineData("publishers/google/models/gemini-1.5-pro-002", "gemini-1.5-pro")]
    [InlineData("projects/p1/locations/us-central1/publishers/google/models/gemini-2.0-flash-001", "gemini-2.0-flash")]
    [InlineData("chat-bison@001", "palm-2-chat-bison")]
    public void Vertex_ids(string written, string expected) => AssertResolves(written, expected);

    [Fact]
    public void Each_step_is_explained()
    {
        var resolution = Catalog.Resolve("us.anthropic.claude-3-5-sonnet-20240620-v1:0");

        Assert.Equal(
            [
                "dropped the Bedrock cross-region prefix 'us.': anthropic.claude-3-5-sonnet-20240620-v1:0",
                "dropped the Bedrock provider prefix 'anthropic.': claude-3-5-sonnet-20240620-v1:0",
                "dropped the model version suffix '-v1:0': claude-3-5-sonnet-20240620",
                "dropped the snapshot suffix '-20240620': claude-3-5-sonnet",
                "matched claude-3.5-sonnet ignoring case and separators",
            ],
            resolution.Steps);
    }

    [Fact]
    public void An_alias_is_named_as_such() =>
        Assert.Equal(["matched 'chatgpt', an alias of gpt-3.5-turbo"], Catalog.Resolve("chatgpt").Steps);

    [Fact]
    public void Unknown_ids_come_back_without_entry_and_with_nearest_ids()
    {
        var resolution = Catalog.Resolve("gpt-4o-minii");

        Assert.Null(resolution.Entry);
        Assert.Equal("gpt-4o-mini", Catalog.Nearest("gpt-4o-minii")[0]);
        Assert.StartsWith("no entry in catalog ", resolution.Steps[^1], StringComparison.Ordinal);
        Assert.Contains("gpt-4o-mini", resolution.Steps[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("acme/support-bot")]
    [InlineData("my-azure-gpt4o-deployment")]
    public void Names_the_catalog_cannot_know_do_not_resolve(string written) => Assert.Null(Catalog.Resolve(written).Entry);

    [Theory]
    [InlineData("/")]
    [InlineData("@")]
    [InlineData("::")]
    [InlineData("-v1")]
    [InlineData("a/b/c/")]
    [InlineData("us.")]
    [InlineData("-latest-latest")]
    [InlineData("publishers/google/models/")]
    [InlineData("Ünïcode-模型")]
    public void Odd_input_gives_an_answer_not_an_exception(string written)
    {
        var resolution = Catalog.Resolve(written);

        Assert.Null(resolution.Entry);
        Assert.NotEmpty(resolution.Steps);
    }

    [Fact]
    public void A_tuned_variant_without_its_own_entry_falls_back_and_says_so() =>
        Assert.Contains(
            "no entry for the tuned variant; dropped the suffix '-instruct': gpt-3.5-turbo",
            Catalog.Resolve("gpt-3.5-turbo-instruct").Steps);

    [Fact]
    public void A_family_name_alone_does_not_resolve_to_a_member() => Assert.Null(Catalog.Resolve("deepseek-v9").Entry);

    [Theory]
    [InlineData("claude-haiku-3.5", "claude-3.5-haiku")]
    [InlineData("claude-haiku-3-5", "claude-3.5-haiku")]
    [InlineData("claude-sonnet-3.5", "claude-3.5-sonnet")]
    [InlineData("claude-sonnet-3-5-20241022", "claude-3.5-sonnet")]
    [InlineData("anthropic/claude-opus-3", "claude-3-opus")]
    [InlineData("gemini-pro-2.5", "gemini-2.5-pro")]
    public void Word_order_variants(string written, string expected)
    {
        AssertResolves(written, expected);
        Assert.Contains("the same words in another order", string.Join("\n", Catalog.Resolve(written).Steps), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_order_key_two_entries_share_matches_neither()
    {
        var (catalog, _) = Catalog.With(
            [new ModelOverride("acme-pro-2", "acme", "acme", [], [], [], At), new ModelOverride("acme-2-pro", "acme", "acme", [], [], [], At)],
            new Dictionary<string, string>(StringComparer.Ordinal));

        Assert.Null(catalog.Resolve("pro-acme-2").Entry);
    }

    static void AssertResolves(string written, string expected)
    {
        var resolution = Catalog.Resolve(written);
        Assert.True(resolution.Entry is not null, $"{written} did not resolve: {string.Join(" | ", resolution.Steps)}");
        Assert.Equal(expected, resolution.Entry.Id);
    }
}
