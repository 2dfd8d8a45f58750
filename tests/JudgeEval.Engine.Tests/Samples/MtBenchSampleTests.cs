using JudgeEval.Engine.Results;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Tests.Audit;

namespace JudgeEval.Engine.Tests.Samples;

/// <summary>
/// The MT-Bench sample (200 pairs, GPT-4 as the product) against figures computed independently with python3 from
/// samples/data/llmbar (dataset.json labels, DERIVED_model_ids.csv producers, each evaluator's result.json, the last
/// element of `results`, both orders).
/// </summary>
public sealed class MtBenchSampleTests(MtBenchRun run) : IClassFixture<MtBenchRun>
{
    readonly RunOutcome outcome = run.Outcome;

    static string ManifestPath => Path.Combine(RepoRoot.Path, "samples", "MtBench", "judgeeval.yaml");

    [Fact]
    public void Runs_without_input_errors()
    {
        Assert.NotNull(outcome.Results);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.IsInputError);
        Assert.Equal(200, outcome.Results!.Items.Total);
        Assert.Equal(200, outcome.Results.Items.WithHumanLabel);
    }

    [Fact]
    public void The_gpt4_judge_is_the_product_at_its_model_line()
    {
        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE1002");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("'gpt4'", d.Message, StringComparison.Ordinal);
        ManifestText.AssertAt(d, ManifestPath, ManifestText.Line(ManifestPath, "model: gpt-4", anchor: "id: gpt4"));
    }

    [Fact]
    public void The_chatgpt_judge_is_of_the_products_family_at_its_model_line()
    {
        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE1001");
        Assert.Equal(Severity.Warning, d.Severity); // product.purpose is quality
        Assert.Contains("'chatgpt'", d.Message, StringComparison.Ordinal);
        ManifestText.AssertAt(d, ManifestPath, ManifestText.Line(ManifestPath, "model: gpt-3.5-turbo", anchor: "id: chatgpt"));
    }

    [Fact]
    public void Llama2_and_palm2_are_independent_of_the_product()
    {
        var relations = outcome.Results!.Independence!.Judges.ToDictionary(j => j.JudgeId, j => j.Relation, StringComparer.Ordinal);
        Assert.Equal(ProductRelation.SameModel, relations["gpt4"]);
        Assert.Equal(ProductRelation.SameFamily, relations["chatgpt"]);
        Assert.Equal(ProductRelation.Independent, relations["llama2"]);
        Assert.Equal(ProductRelation.Independent, relations["palm2"]);
    }

    [Fact]
    public void Gpt4_prefers_gpt_outputs_more_often_than_the_humans_do()
    {
        // python3: 104 pairs with exactly one GPT (gpt-4 / gpt-3.5-turbo) output and a known producer on both sides;
        // GPT-4 (mean of both orders, tie = 1/2) prefers the GPT output in 88.5 of them, the experts in 81.
        // 83 pairs have two non-GPT outputs. Exact two-sided sign-flip p (2^104 patterns, by convolution) = 0.062303.
        var s = Assert.Single(outcome.Results!.SelfPreference, s => s.JudgeId == "gpt4");
        Assert.Equal("gpt", s.Family);
        Assert.Equal(104, s.OwnN);
        Assert.Equal(83, s.OtherN);
        Assert.Equal(88.5 / 104, s.JudgeOwnRate, 12);
        Assert.Equal(81.0 / 104, s.HumanOwnRate, 12);
        Assert.Equal(7.5 / 104, s.Difference, 12);
        Assert.InRange(s.PValue, 0.062303 - 0.01, 0.062303 + 0.01); // Monte Carlo, 10,000 sign patterns
        Assert.InRange(s.Difference, s.DifferenceCi95.Lower, s.DifferenceCi95.Upper);
        Assert.Equal(SignificanceTest.PairedSignFlip, s.Test);
        Assert.Equal(["gpt-3.5-turbo", "gpt-4"], s.RelatedModels);
    }

    [Fact]
    public void Chatgpt_prefers_gpt_outputs_less_often_than_the_humans_do()
    {
        // python3: 72 of 104 mixed pairs vs the experts' 81; exact sign-flip p = 0.066001.
        var s = Assert.Single(outcome.Results!.SelfPreference, s => s.JudgeId == "chatgpt");
        Assert.Equal(104, s.OwnN);
        Assert.Equal(72.0 / 104, s.JudgeOwnRate, 12);
        Assert.Equal(81.0 / 104, s.HumanOwnRate, 12);
        Assert.Equal(-9.0 / 104, s.Difference, 12);
        Assert.InRange(s.PValue, 0.066001 - 0.01, 0.066001 + 0.01);
    }

    [Fact]
    public void Neither_gpt_judges_self_preference_is_significant_so_both_are_reported_as_measured()
    {
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "JE2010");
        foreach (var (judge, model) in new[] { ("gpt4", "model: gpt-4"), ("chatgpt", "model: gpt-3.5-turbo") })
        {
            var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE2011" && d.Message.Contains($"'{judge}'", StringComparison.Ordinal));
            Assert.Equal(Severity.Info, d.Severity);
            ManifestText.AssertAt(d, ManifestPath, ManifestText.Line(ManifestPath, model, anchor: "id: " + judge));
        }
    }

    [Fact]
    public void The_distilled_producers_resolve_with_their_lineage()
    {
        var vicuna = ModelCatalog.BuiltIn.Find("vicuna-13b-v1.2");
        var alpaca = ModelCatalog.BuiltIn.Find("alpaca-13b");
        Assert.NotNull(vicuna);
        Assert.NotNull(alpaca);
        Assert.Contains("gpt-3.5-turbo", vicuna!.DistilledFrom);
        Assert.Contains("text-davinci-003", alpaca!.DistilledFrom);
        Assert.NotEqual("gpt", vicuna.Family); // lineage, not family: their outputs are not "own" for a GPT judge
    }

    [Theory]
    // python3 over both orders' winners: consistent pairs / pairs valid in both orders; first-shown picks / valid single verdicts.
    [InlineData("gpt4", 174, 200, 204, 400)]
    [InlineData("chatgpt", 115, 200, 281, 400)]
    [InlineData("llama2", 134, 200, 246, 400)]
    [InlineData("palm2", 140, 192, 231, 385)]
    public void Position_consistency_and_first_position_rate_per_judge(string judge, int consistent, int both, int firstShown, int single)
    {
        var p = outcome.Results!.Judges.Single(j => j.Id == judge).Position!;
        Assert.Equal(both, p.N);
        Assert.Equal((double)consistent / both, p.Consistency, 12);
        Assert.Equal((double)firstShown / single, p.FirstPositionRate, 12);
    }

    [Fact]
    public void Chatgpt_is_flagged_for_position_bias_at_its_judge_entry()
    {
        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE3001" && d.Message.Contains("'chatgpt'", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, d.Severity);
        ManifestText.AssertAt(d, ManifestPath, ManifestText.Line(ManifestPath, "id: chatgpt"));
    }
}

/// <summary>One run of the sample shared by the tests of <see cref="MtBenchSampleTests"/>.</summary>
public sealed class MtBenchRun
{
    public RunOutcome Outcome { get; } = SampleRuns.Run("MtBench");
}
