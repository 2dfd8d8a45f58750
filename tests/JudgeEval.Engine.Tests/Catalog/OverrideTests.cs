using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Catalog;

/// <summary>The manifest's `models:` and `aliases:` on top of the built-in catalog, and their located errors.</summary>
public class OverrideTests
{
    static readonly Dictionary<string, string> NoAliases = new(StringComparer.Ordinal);

    static SourceLocation Line(int line) => SourceLocation.At("judgeeval.yaml", line, 5);

    static ModelOverride Model(string id, string? provider = null, string? family = null, string[]? fineTunedFrom = null, string[]? distilledFrom = null, string[]? aliases = null, int line = 1) =>
        new(id, provider, family, fineTunedFrom ?? [], distilledFrom ?? [], aliases ?? [], Line(line));

    static (ModelCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) Apply(params ModelOverride[] overrides) =>
        ModelCatalog.BuiltIn.With(overrides, NoAliases);

    [Fact]
    public void A_new_model_with_router_style_lineage_targets_resolves_and_relates()
    {
        var (catalog, diagnostics) = Apply(Model("acme-support-bot", "acme", "llama", ["meta-llama/llama-3.1-8b-instruct"], ["openai/gpt-4o"], ["acme/support-bot-v2"]));

        Assert.Empty(diagnostics);
        var entry = catalog.Resolve("Acme-Support-Bot-V2").Entry;
        Assert.Equal("acme-support-bot", entry?.Id);
        Assert.Equal(["llama-3.1-8b-instruct"], entry!.FineTunedFrom);
        Assert.Equal(["gpt-4o"], entry.DistilledFrom);
        Assert.Equal(RelationKind.SameFamily, catalog.Relate("acme-support-bot", "llama-3.1-70b-instruct").Kind);
        Assert.Equal(["acme-support-bot", "distilledFrom", "gpt-4o"], catalog.Relate("acme-support-bot", "gpt-4o").Path);
        Assert.Null(ModelCatalog.BuiltIn.Resolve("acme-support-bot").Entry);
    }

    [Fact]
    public void An_override_changes_a_catalog_entry_and_keeps_the_rest()
    {
        var (catalog, diagnostics) = Apply(Model("gemma-4-26b", distilledFrom: ["gemini-3.1-pro"], aliases: ["my-gemma"]));

        Assert.Empty(diagnostics);
        var entry = catalog.Resolve("my-gemma").Entry!;
        Assert.Equal(("gemma-4-26b", "google", "gemma"), (entry.Id, entry.Provider, entry.Family));
        Assert.Contains("gemma-4-26b-it", entry.Aliases);
        Assert.Equal(RelationKind.Lineage, catalog.Relate("gemma-4-26b", "gemini-2.5-pro").Kind);
        Assert.Equal(ModelCatalog.BuiltIn.Entries.Count, catalog.Entries.Count);
        Assert.Equal(ModelCatalog.BuiltIn.Version, catalog.Version);
    }

    [Fact]
    public void Manifest_aliases_map_deployment_names()
    {
        var (catalog, diagnostics) = ModelCatalog.BuiltIn.With([], new Dictionary<string, string>(StringComparer.Ordinal) { ["My-Azure-GPT4o-Deployment"] = "openai/gpt-4o" });

        Assert.Empty(diagnostics);
        var resolution = catalog.Resolve("my-azure-gpt4o-deployment");
        Assert.Equal("gpt-4o", resolution.Entry?.Id);
        Assert.Equal(["the manifest's aliases map 'my-azure-gpt4o-deployment' to gpt-4o"], resolution.Steps);
    }

    [Fact]
    public void Unknown_lineage_target_is_located_and_the_edge_dropped()
    {
        var (catalog, diagnostics) = Apply(Model("acme-bot", "acme", "acme", ["llama-9-400b"], line: 12));

        var d = Assert.Single(diagnostics);
        Assert.Equal(("JE0040", Severity.Error, 12), (d.Code, d.Severity, d.Location?.Line));
        Assert.Contains("'llama-9-400b'", d.Message, StringComparison.Ordinal);
        Assert.Empty(catalog.Find("acme-bot")!.FineTunedFrom);
    }

    [Fact]
    public void A_lineage_cycle_is_reported_with_its_path()
    {
        var (catalog, diagnostics) = Apply(
            Model("acme-a", "acme", "acme", ["acme-b"], line: 3),
            Model("acme-b", "acme", "acme", ["acme-a"], line: 7));

        var d = Assert.Single(diagnostics);
        Assert.Equal("JE0041", d.Code);
        Assert.Contains("acme-a -> acme-b -> acme-a", d.Message, StringComparison.Ordinal);
        Assert.Null(LineageCycleIn(catalog));
    }

    [Fact]
    public void A_cycle_through_the_built_in_catalog_is_caught()
    {
        var (_, diagnostics) = Apply(Model("llama-13b", fineTunedFrom: ["vicuna-13b"], line: 4));

        var d = Assert.Single(diagnostics);
        Assert.Equal(("JE0041", 4), (d.Code, d.Location?.Line));
        Assert.Contains("llama-13b -> vicuna-13b -> llama-13b", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_lineage_is_a_cycle() =>
        Assert.Equal("JE0041", Assert.Single(Apply(Model("acme-a", "acme", "acme", distilledFrom: ["acme-a"])).Diagnostics).Code);

    [Fact]
    public void An_alias_owned_by_another_model_clashes()
    {
        var (catalog, diagnostics) = Apply(Model("acme-bot", "acme", "acme", aliases: ["claude-3-5-sonnet"], line: 9));

        var d = Assert.Single(diagnostics);
        Assert.Equal(("JE0042", 9), (d.Code, d.Location?.Line));
        Assert.Contains("claude-3.5-sonnet", d.Message, StringComparison.Ordinal);
        Assert.Equal("claude-3.5-sonnet", catalog.Resolve("claude-3-5-sonnet").Entry?.Id);
    }

    [Fact]
    public void A_new_id_that_is_an_existing_alias_clashes() =>
        Assert.Equal("JE0042", Assert.Single(Apply(Model("chatgpt", "acme", "acme")).Diagnostics).Code);

    [Theory]
    [InlineData("", "acme", "acme")]
    [InlineData("bad id!", "acme", "acme")]
    [InlineData("acme-new", null, "acme")]
    [InlineData("acme-new", "acme", " ")]
    public void Unusable_entries_are_bad_entries(string id, string? provider, string? family) =>
        Assert.Equal("JE0043", Assert.Single(Apply(Model(id, provider, family)).Diagnostics).Code);

    [Fact]
    public void An_id_listed_twice_is_a_bad_entry()
    {
        var (catalog, diagnostics) = Apply(Model("acme-x", "acme", "one", line: 1), Model("acme-x", "acme", "two", line: 5));

        Assert.Equal(("JE0043", 5), (Assert.Single(diagnostics).Code, diagnostics[0].Location?.Line));
        Assert.Equal("one", catalog.Find("acme-x")!.Family);
    }

    [Fact]
    public void An_alias_to_an_unknown_model_is_located()
    {
        var at = Line(20);
        var (_, diagnostics) = ModelCatalog.BuiltIn.With(
            [],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["prod-judge"] = "gpt-4q" },
            new Dictionary<string, SourceLocation>(StringComparer.Ordinal) { ["prod-judge"] = at });

        var d = Assert.Single(diagnostics);
        Assert.Equal(("JE0044", at), (d.Code, d.Location));
        Assert.Contains("nearest:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_that_shadows_a_catalog_name_warns_and_wins()
    {
        var (catalog, diagnostics) = ModelCatalog.BuiltIn.With([], new Dictionary<string, string>(StringComparer.Ordinal) { ["gpt-4"] = "gpt-4o" });

        var d = Assert.Single(diagnostics);
        Assert.Equal(("JE0045", Severity.Warning), (d.Code, d.Severity));
        Assert.Equal("gpt-4o", catalog.Resolve("gpt-4").Entry?.Id);
    }

    static List<string>? LineageCycleIn(ModelCatalog catalog) =>
        CatalogChecks.Cycle(catalog);
}
