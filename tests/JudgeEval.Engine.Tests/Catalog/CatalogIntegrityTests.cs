using System.Text.RegularExpressions;
using JudgeEval.Engine.Catalog;

namespace JudgeEval.Engine.Tests.Catalog;

/// <summary>The data file itself: ids well formed and unique, every name owned once, every lineage target present, no cycles.</summary>
public class CatalogIntegrityTests
{
    static IReadOnlyList<ModelEntry> Entries => ModelCatalog.BuiltIn.Entries;

    [Fact]
    public void Has_a_calendar_version() => Assert.Matches(new Regex(@"^20[0-9]{2}\.[0-9]{1,2}\.[0-9]+$"), ModelCatalog.BuiltIn.Version);

    [Fact]
    public void Ids_are_canonical_and_unique()
    {
        Assert.All(Entries, e => Assert.Matches(new Regex("^[a-z0-9][a-z0-9.+-]*$"), e.Id));
        Assert.Equal(Entries.Count, Entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_name_belongs_to_one_entry_even_ignoring_separators()
    {
        var owners = Entries
            .SelectMany(e => e.Aliases.Prepend(e.Id).Select(n => (Key: ModelIdText.Folded(n), e.Id)))
            .GroupBy(n => n.Key, StringComparer.Ordinal)
            .Where(g => g.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(n => n.Id).Distinct(StringComparer.Ordinal))}");

        Assert.Empty(owners);
    }

    [Fact]
    public void Aliases_are_lowercase_and_not_repeated() =>
        Assert.All(Entries, e =>
        {
            Assert.All(e.Aliases, a => Assert.Equal(ModelIdText.Canonical(a), a));
            Assert.Equal(e.Aliases.Count, e.Aliases.Distinct(StringComparer.Ordinal).Count());
        });

    [Fact]
    public void Every_name_resolves_to_its_own_entry() =>
        Assert.All(Entries, e => Assert.All(e.Aliases.Prepend(e.Id), n => Assert.Equal(e.Id, ModelCatalog.BuiltIn.Resolve(n).Entry?.Id)));

    [Fact]
    public void Every_lineage_target_is_a_catalog_id()
    {
        var ids = Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var dangling = Entries.SelectMany(e => e.FineTunedFrom.Concat(e.DistilledFrom).Where(t => !ids.Contains(t)).Select(t => $"{e.Id} -> {t}"));

        Assert.Empty(dangling);
    }

    [Fact]
    public void Lineage_has_no_cycles() => Assert.Null(CatalogChecks.Cycle(ModelCatalog.BuiltIn));

    [Fact]
    public void Providers_and_families_are_lowercase_words() =>
        Assert.All(Entries, e =>
        {
            Assert.Matches(new Regex("^[a-z][a-z0-9-]*$"), e.Provider);
            Assert.Matches(new Regex("^[a-z][a-z0-9-]*$"), e.Family);
        });

    [Fact]
    public void Released_dates_are_iso()
    {
        var dates = Entries.Where(e => e.Released is not null).Select(e => e.Released!).ToList();

        Assert.All(dates, d => Assert.Matches(new Regex("^20[0-9]{2}-[01][0-9](-[0-3][0-9])?$"), d));
    }

    // The families the task names, with a model of each, so a renamed family cannot slip through.
    [Theory]
    [InlineData("gpt-4o", "openai", "gpt")]
    [InlineData("o3", "openai", "gpt")]
    [InlineData("gpt-oss-120b", "openai", "gpt")]
    [InlineData("claude-opus-4.7", "anthropic", "claude")]
    [InlineData("gemini-3.1-flash", "google", "gemini")]
    [InlineData("gemma-2-9b", "google", "gemma")]
    [InlineData("palm-2", "google", "palm")]
    [InlineData("llama-4-maverick", "meta", "llama")]
    [InlineData("codestral", "mistral", "mistral")]
    [InlineData("qwen3-235b-a22b", "alibaba", "qwen")]
    [InlineData("deepseek-r1-distill-qwen-14b", "deepseek", "deepseek")]
    [InlineData("phi-3.5-mini", "microsoft", "phi")]
    [InlineData("command-a", "cohere", "command")]
    [InlineData("grok-4", "xai", "grok")]
    [InlineData("nova-premier", "amazon", "nova")]
    [InlineData("titan-text-premier", "amazon", "titan")]
    [InlineData("falcon-40b", "tii", "falcon")]
    public void Developers_and_model_lines(string id, string provider, string family)
    {
        var entry = ModelCatalog.BuiltIn.Find(id);

        Assert.Equal((id, provider, family), (entry?.Id, entry?.Provider, entry?.Family));
    }

    // R1 distills per the DeepSeek-R1 model card: base checkpoints and teacher.
    [Theory]
    [InlineData("deepseek-r1-distill-qwen-1.5b", "qwen2.5-math-1.5b")]
    [InlineData("deepseek-r1-distill-qwen-7b", "qwen2.5-math-7b")]
    [InlineData("deepseek-r1-distill-qwen-14b", "qwen2.5-14b")]
    [InlineData("deepseek-r1-distill-qwen-32b", "qwen2.5-32b")]
    [InlineData("deepseek-r1-distill-llama-8b", "llama-3.1-8b")]
    [InlineData("deepseek-r1-distill-llama-70b", "llama-3.3-70b-instruct")]
    public void R1_distills_record_base_and_teacher(string id, string baseModel)
    {
        var entry = ModelCatalog.BuiltIn.Find(id)!;

        Assert.Equal([baseModel], entry.FineTunedFrom);
        Assert.Equal(["deepseek-r1"], entry.DistilledFrom);
        Assert.True(entry.OpenWeights);
    }
}
