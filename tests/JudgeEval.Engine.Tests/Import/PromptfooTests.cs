using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Import;
using JudgeEval.Engine.Pipeline;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>
/// The `promptfoo` importer on samples/data/peers/promptfoo/results.json, written by `promptfoo eval -o` (0.121.20)
/// against a scripted local server. Expected values read with python3 from the file.
/// </summary>
public sealed class PromptfooTests : IDisposable
{
    const string Gpt4o = "openai:chat:gpt-4o";
    const string Mistral = "openai:chat:mistral-large-2411";

    static readonly string Results = Path.Combine(SampleData, "peers", "promptfoo", "results.json");

    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    static SourceSpec Promptfoo(params (string, string)[] options) => Spec(Results, "promptfoo", options);

    [Fact]
    public void Items_are_each_tests_output_per_provider_with_the_model_under_test()
    {
        var items = ImportClean(Promptfoo(), DataRole.Items).Items;

        Assert.Equal(12, items.Count);
        var llama = Assert.Single(items, i => i.Id == "0/llama-3.1-8b");
        Assert.Equal("0", llama.QueryId);
        Assert.Equal("Books are great! Reading every day improves your vocabulary.", llama.Text);
        Assert.Equal("llama-3.1-8b-instruct", llama.Model);
        Assert.EndsWith("Question: How long can I keep a borrowed book?", llama.Query, StringComparison.Ordinal);
        Assert.Equal("gpt-4o-mini", items.Single(i => i.Id == "0/openai:chat:gpt-4o-mini").Model);
    }

    [Fact]
    public void Each_llm_rubric_grader_is_a_judge_keyed_by_its_provider()
    {
        var gpt4o = ImportClean(Promptfoo(("key", Gpt4o)), DataRole.Judgments).Judgments[Gpt4o];
        var mistral = ImportClean(Promptfoo(("key", Mistral)), DataRole.Judgments).Judgments[Mistral];

        Assert.Equal(12, gpt4o.Count);
        Assert.Equal((10, 1), (gpt4o.Count(j => j.Score == 1), gpt4o.Count(j => j.Score == 0)));
        Assert.Equal((10, 2), (mistral.Count(j => j.Score == 1), mistral.Count(j => j.Score == 0)));
        Assert.Equal(0, gpt4o.Single(j => j.ItemId == "0/llama-3.1-8b").Score);
        Assert.Equal("Off topic.", mistral.Single(j => j.ItemId == "0/llama-3.1-8b").RawText);
    }

    [Fact]
    public void A_grader_error_is_a_missing_judgment_not_the_fail_promptfoo_records()
    {
        var judgments = ImportClean(Promptfoo(("key", Gpt4o)), DataRole.Judgments).Judgments[Gpt4o];

        var missing = Assert.Single(judgments, j => j.Score is null);
        Assert.Equal(("3/llama-3.1-8b", "grader error"), (missing.ItemId, missing.MissingReason));
        Assert.StartsWith("Could not extract JSON from llm-rubric response", missing.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_score_takes_whole_scores_and_reports_the_others()
    {
        var result = Read(Promptfoo(("key", Mistral), ("grade", "score")), DataRole.Judgments);

        // Mistral's scores: 1 on 8 outputs, and 0.1, 0.4, 0.8, 0.9, 0.9 (5 fractions) in the file.
        var judgments = result.Judgments[Mistral];
        Assert.Equal(7, judgments.Count(j => j.Score == 1));
        Assert.Equal(5, judgments.Count(j => j.MissingReason == "not a whole grade"));
        Assert.All(result.Diagnostics, d => Assert.Equal("JE0113", d.Code));
        Assert.Equal(5, result.Diagnostics.Count);
    }

    [Fact]
    public void A_bad_grade_option_is_located()
    {
        var d = Assert.Single(Read(Promptfoo(("grade", "points")), DataRole.Judgments).Diagnostics);

        Assert.Equal(("JE0063", KeyAt), (d.Code, d.Location));
    }

    [Fact]
    public void Two_graders_on_one_metric_need_key()
    {
        var d = Assert.Single(Read(Promptfoo(), DataRole.Judgments).Diagnostics);

        Assert.Equal(("JE0110", DeclaredAt), (d.Code, d.Location));
        Assert.Contains($"Metric 'helpfulness' has several graders in the results: \"{Gpt4o}\", \"{Mistral}\". Name one with `key`.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_grader_or_metric_lists_the_files_own()
    {
        var grader = Assert.Single(Read(Promptfoo(("key", "gpt-4o")), DataRole.Judgments).Diagnostics);
        var metric = Assert.Single(Read(Promptfoo(("metric", "brevity")), DataRole.Judgments).Diagnostics);

        Assert.Equal("JE0061", grader.Code);
        Assert.Contains($"\"{Gpt4o}\", \"{Mistral}\"", grader.Message, StringComparison.Ordinal);
        Assert.Equal("JE0111", metric.Code);
        Assert.Contains("\"helpfulness\"", metric.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_results_file_without_model_graded_assertions_has_no_judges()
    {
        var path = temp.Write("results.json", """
            {"evalId": "e", "results": {"version": 3, "results": [
              {"testIdx": 0, "promptIdx": 0, "provider": {"id": "openai:gpt-4o-mini"}, "response": {"output": "hi"},
               "gradingResult": {"pass": true, "componentResults": [{"assertion": {"type": "contains", "value": "hi"}, "pass": true, "score": 1}]}}
            ]}}
            """);

        var d = Assert.Single(Read(Spec(path, "promptfoo"), DataRole.Judgments).Diagnostics);

        Assert.Equal(("JE0112", DeclaredAt), (d.Code, d.Location));
    }

    [Fact]
    public void A_grader_the_file_does_not_name_is_the_default_key_and_a_test_grader_wins_over_it()
    {
        var path = temp.Write("results.json", """
            {"results": {"results": [
              {"testIdx": 0, "promptIdx": 0, "provider": "openai:gpt-4o-mini", "testCase": {},
               "gradingResult": {"componentResults": [{"assertion": {"type": "factuality", "value": "Paris"}, "pass": true, "score": 1}]}},
              {"testIdx": 1, "promptIdx": 0, "provider": "openai:gpt-4o-mini", "testCase": {"options": {"provider": {"text": {"id": "anthropic:messages:claude-3-5-haiku-latest"}}}},
               "gradingResult": {"componentResults": [{"assertion": {"type": "factuality", "value": "Rome"}, "pass": false, "score": 0}]}}
            ]}}
            """);

        var result = Read(Spec(path, "promptfoo", ("key", PromptfooImporter.DefaultGrader)), DataRole.Judgments);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(("0/openai:gpt-4o-mini", 1.0), (result.Judgments["default"].Single().ItemId, result.Judgments["default"].Single().Score!.Value));
        Assert.Single(Read(Spec(path, "promptfoo", ("key", "anthropic:messages:claude-3-5-haiku-latest")), DataRole.Judgments).Judgments.Single().Value);
    }

    [Fact]
    public void A_row_without_a_test_index_is_located_at_its_element()
    {
        var path = temp.Write("results.json", "{\"results\": {\"results\": [\n  {\"promptIdx\": 0, \"provider\": \"openai:gpt-4o\"}\n]}}");

        var d = Assert.Single(Read(Spec(path, "promptfoo"), DataRole.Items).Diagnostics);

        Assert.Equal(("JE0055", 2), (d.Code, d.Location!.Line));
    }

    [Fact]
    public void A_file_that_is_not_a_results_file_is_a_wrong_shape()
    {
        Assert.Equal("JE0054", Assert.Single(Read(Spec(temp.Write("config.json", "{\"prompts\": []}"), "promptfoo"), DataRole.Items).Diagnostics).Code);
        Assert.Equal("JE0053", Assert.Single(Read(Spec(temp.Write("cut.json", "{\"results\": {\"results\": [{\"testIdx\": 0,"), "promptfoo"), DataRole.Items).Diagnostics).Code);
    }

    [Fact]
    public void Two_prompts_on_one_provider_put_the_prompt_column_in_the_id()
    {
        var path = temp.Write("results.json", """
            {"results": {"results": [
              {"testIdx": 0, "promptIdx": 0, "provider": {"id": "openai:gpt-4o-mini"}},
              {"testIdx": 0, "promptIdx": 1, "provider": {"id": "openai:gpt-4o-mini"}}
            ]}}
            """);

        Assert.Equal(["0/0/openai:gpt-4o-mini", "0/1/openai:gpt-4o-mini"], ImportClean(Spec(path, "promptfoo"), DataRole.Items).Items.Select(i => i.Id));
    }

    [Fact]
    public void Two_assertions_of_one_metric_and_grader_on_a_test_are_a_duplicate_verdict()
    {
        temp.Write("results.json", """
            {"results": {"results": [
              {"testIdx": 0, "promptIdx": 0, "provider": {"id": "openai:gpt-4o-mini"}, "response": {"output": "hi"},
               "gradingResult": {"componentResults": [
                 {"assertion": {"type": "llm-rubric", "value": "polite", "provider": "openai:gpt-4o"}, "pass": true, "score": 1},
                 {"assertion": {"type": "llm-rubric", "value": "short", "provider": "openai:gpt-4o"}, "pass": false, "score": 0}]}}
            ]}}
            """);
        var manifest = temp.Write("judgeeval.yaml", """
            version: 1
            task: { kind: pointwise, scale: { min: 0, max: 1 } }
            items: { path: results.json, format: promptfoo }
            judges:
              - id: gpt4o
                model: gpt-4o
                judgments: { path: results.json, format: promptfoo }
            """);

        var outcome = EvalRunner.Run(new RunArguments { Manifest = manifest }, new DateOnly(2026, 12, 1));

        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE0074");
        Assert.Contains("'0/openai:gpt-4o-mini'", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openai:chat:gpt-4o-mini", "gpt-4o-mini")]
    [InlineData("openai:gpt-4o", "gpt-4o")]
    [InlineData("anthropic:messages:claude-3-5-sonnet-20241022", "claude-3-5-sonnet-20241022")]
    [InlineData("bedrock:anthropic.claude-3-5-sonnet-20240620-v1:0", "anthropic.claude-3-5-sonnet-20240620-v1:0")]
    [InlineData("openrouter:meta-llama/llama-3.1-8b-instruct", "meta-llama/llama-3.1-8b-instruct")]
    [InlineData("ollama:chat:llama3.1", "llama3.1")]
    [InlineData("file://providers/custom.py", "file://providers/custom.py")]
    [InlineData("echo", "echo")]
    public void A_provider_id_names_its_model_after_the_provider_prefix(string providerId, string model)
    {
        Assert.Equal(model, PromptfooImporter.Model(providerId));
    }
}
