using JudgeEval.Engine.Results;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>JE1001-JE1006: judges against the product's model, family and lineage; ensembles; providers; unknown models.</summary>
public sealed class IndependenceRulesTests : IDisposable
{
    readonly AuditCase c = new();

    public IndependenceRulesTests()
    {
        var labels = Enumerable.Range(0, 20).Select(i => (double)(i % 4)).ToList();
        c.Items(20);
        c.Labels(labels);
        foreach (var f in new[] { "a.jsonl", "b.jsonl", "c.jsonl" })
        {
            c.Scores(f, [.. labels.Select(l => (double?)l)]);
        }
    }

    static string Manifest(string product, string purpose, params string[] models) => $"""
        version: 1
        product:
          model: {product}
          purpose: {purpose}
        task:
          kind: pointwise
          scale: {"{"} min: 0, max: 3 {"}"}
        items: {"{"} path: items.jsonl, format: jsonl {"}"}
        humanLabels: {"{"} path: labels.jsonl, format: jsonl {"}"}
        judges:
        {string.Join("\n", models.Select((m, i) => $"  - id: j{i}\n    model: {m}\n    judgments: {{ path: {(char)('a' + i)}.jsonl, format: jsonl }}"))}
        thresholds:
          minCalibrationItems: 20
        """;

    [Fact]
    public void The_product_model_as_judge_is_an_error_at_the_judges_model_line()
    {
        c.Run(Manifest("gpt-4o", "quality", "gpt-4o", "claude-3.5-sonnet"));
        var d = c.Single("JE1002", c.Line("model: gpt-4o", anchor: "id: j0"), about: "j0");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.False(c.Has("JE1001"));
    }

    [Fact]
    public void A_same_family_judge_warns_for_quality()
    {
        c.Run(Manifest("gpt-4o", "quality", "claude-3.5-sonnet", "gpt-4o-mini"));
        var d = c.Single("JE1001", c.Line("model: gpt-4o-mini"), about: "j1");
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void A_same_family_judge_is_an_error_for_safety()
    {
        c.Run(Manifest("gpt-4o", "safety", "claude-3.5-sonnet", "gpt-4o-mini"));
        var d = c.Single("JE1001", c.Line("model: gpt-4o-mini"), about: "j1");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(1, c.Outcome.ExitCode);
    }

    [Fact]
    public void A_judge_distilled_from_the_product_shares_lineage()
    {
        // vicuna-13b is distilled from gpt-3.5-turbo (catalog) but is in family vicuna.
        c.Run(Manifest("gpt-3.5-turbo", "quality", "vicuna-13b", "claude-3.5-sonnet"));
        var d = c.Single("JE1003", c.Line("model: vicuna-13b"), about: "j0");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.False(c.Has("JE1001"));
    }

    [Fact]
    public void Shared_lineage_is_an_error_for_safety()
    {
        c.Run(Manifest("gpt-3.5-turbo", "safety", "vicuna-13b", "claude-3.5-sonnet"));
        Assert.Equal(Severity.Error, c.Single("JE1003", c.Line("model: vicuna-13b"), about: "j0").Severity);
    }

    [Fact]
    public void Independent_judges_from_several_providers_raise_no_independence_finding()
    {
        c.Run(Manifest("gpt-4o", "safety", "claude-3.5-sonnet", "gemini-1.5-pro", "mistral-large"));
        Assert.DoesNotContain(c.Outcome.Diagnostics, d => d.Code.StartsWith("JE100", StringComparison.Ordinal));
        Assert.Equal(3, c.Outcome.Results!.Independence!.EffectiveIndependentJudges);
    }

    [Fact]
    public void An_ensemble_of_related_members_reports_its_effective_count_at_members()
    {
        c.Run(Manifest("mistral-large", "quality", "gpt-4o", "gpt-4o-mini", "claude-3.5-sonnet") + """

            ensembles:
              - id: panel
                method: median
                members: [j0, j1, j2]
            """);
        var d = c.Single("JE1004", c.Line("members: [j0, j1, j2]"), about: "panel");
        Assert.Contains("3 members but only 2 independent", d.Message, StringComparison.Ordinal);
        Assert.Contains("j0 and j1 (same family)", d.Message, StringComparison.Ordinal);
        Assert.Equal(2, c.Outcome.Results!.Independence!.EffectiveIndependentJudges);
    }

    [Fact]
    public void An_ensemble_of_independent_members_is_quiet()
    {
        c.Run(Manifest("mistral-large", "quality", "gpt-4o", "gemini-1.5-pro", "claude-3.5-sonnet") + """

            ensembles:
              - id: panel
                method: median
                members: [j0, j1, j2]
            """);
        Assert.False(c.Has("JE1004"));
    }

    [Fact]
    public void All_judges_from_one_provider_warn_at_the_first_judge()
    {
        c.Run(Manifest("mistral-large", "quality", "gpt-4o", "o3-mini"));
        var d = c.Single("JE1005", c.Line("id: j0"));
        Assert.Contains("(openai)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_providers_are_not_a_single_provider()
    {
        c.Run(Manifest("mistral-large", "quality", "gpt-4o", "claude-3.5-sonnet"));
        Assert.False(c.Has("JE1005"));
    }

    [Fact]
    public void Unknown_judge_and_product_models_are_flagged_at_their_model_lines()
    {
        c.Run(Manifest("acme-bot-7", "quality", "claude-3.5-sonnet", "acme-judge-2"));
        c.Single("JE1006", c.Line("model: acme-bot-7"), about: "acme-bot-7");
        c.Single("JE1006", c.Line("model: acme-judge-2"), about: "j1");
        Assert.Equal(ProductRelation.Unknown, c.Outcome.Results!.Independence!.Judges.Single(j => j.JudgeId == "j1").Relation);
    }

    [Fact]
    public void An_unknown_judge_model_in_a_safety_eval_is_an_error()
    {
        c.Run(Manifest("gpt-4o", "safety", "claude-3.5-sonnet", "acme-judge-2"));

        var d = c.Single("JE1006", c.Line("model: acme-judge-2"), about: "j1");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("In a safety eval (`purpose: safety`) this is an error.", d.Message, StringComparison.Ordinal);
        Assert.Equal(VerdictOutcome.Fail, c.Outcome.Results!.Verdict.Outcome);
    }

    [Fact]
    public void A_word_order_variant_of_a_judge_model_resolves_even_in_a_safety_eval()
    {
        c.Run(Manifest("gpt-4o", "safety", "claude-haiku-3.5"));

        Assert.False(c.Has("JE1006"));
    }

    [Fact]
    public void A_model_declared_under_models_is_known()
    {
        c.Run(Manifest("acme-bot-7", "quality", "claude-3.5-sonnet", "acme-judge-2") + """

            models:
              - { id: acme-bot-7, provider: acme, family: acme }
              - { id: acme-judge-2, provider: acme, family: acme }
            """);
        Assert.False(c.Has("JE1006"));
        c.Single("JE1001", c.Line("model: acme-judge-2"), about: "j1");
    }

    public void Dispose() => c.Dispose();
}
