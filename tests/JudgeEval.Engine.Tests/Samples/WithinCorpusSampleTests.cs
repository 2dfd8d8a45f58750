using System.Text.Json;
using JudgeEval.Engine.Pipeline;

namespace JudgeEval.Engine.Tests.Samples;

/// <summary>
/// The 570-item within-corpus sample against the published figures of its source: every pairwise kappa equals
/// multijudge_9judge_merged.json and every judge's metrics equal the `aggregate` block of its own file (4 dp).
/// </summary>
public sealed class WithinCorpusSampleTests(WithinCorpusRun run) : IClassFixture<WithinCorpusRun>
{
    readonly RunOutcome outcome = run.Outcome;

    static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["opus"] = "Claude Opus 4.7 (OpenRouter)",
        ["sonnet"] = "Claude Sonnet 4.6 (OpenRouter)",
        ["gpt55"] = "GPT-5.5 (reasoning=low)",
        ["gpt4o"] = "GPT-4o (chat)",
        ["gemini31"] = "Gemini 3.1 Pro Preview (OpenRouter)",
        ["gemini25"] = "Gemini 2.5 Pro (OpenRouter)",
        ["deepseek"] = "DeepSeek V4 Pro (OpenRouter)",
        ["qwen"] = "Qwen 3.6 Plus (OpenRouter)",
        ["gemma"] = "Gemma 4 26B (OpenRouter)",
    };

    [Fact]
    public void Runs_without_input_errors()
    {
        Assert.NotNull(outcome.Results);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.IsInputError);
        Assert.Equal(570, outcome.Results!.Items.Total);
        Assert.Equal(57, outcome.Results.Items.Queries);
    }

    [Fact]
    public void All_36_pairwise_kappas_equal_the_published_matrix()
    {
        using var merged = JsonDocument.Parse(File.ReadAllText(SampleRuns.DataPath("rag-eval-llm-judge", "results", "within_corpus", "multijudge_9judge_merged.json")));
        var matrix = merged.RootElement.GetProperty("kappa_matrix");

        var pairs = outcome.Results!.Agreement;
        Assert.Equal(36, pairs.Count);
        Assert.All(pairs, p =>
        {
            var expected = matrix.GetProperty(Labels[p.A]).GetProperty(Labels[p.B]).GetDouble();
            Assert.Equal(expected, Math.Round(p.Kappa, 4), 10);
        });
    }

    [Fact]
    public void Each_judges_metrics_equal_its_files_aggregate_block()
    {
        var files = Directory.GetFiles(SampleRuns.DataPath("rag-eval-llm-judge", "results", "within_corpus"), "judge_*.json");
        var aggregates = files.Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
            .ToDictionary(r => r.GetProperty("config").GetProperty("judge_label").GetString()!, r => r.GetProperty("aggregate"), StringComparer.Ordinal);

        Assert.Equal(9, outcome.Results!.Judges.Count);
        Assert.All(outcome.Results.Judges, j =>
        {
            var aggregate = aggregates[Labels[j.Id]];
            Assert.InRange(j.Metrics!["ndcg@10"] - aggregate.GetProperty("ndcg@10").GetDouble(), -Published, Published);
            Assert.InRange(j.Metrics["p@5"] - aggregate.GetProperty("precision@5").GetDouble(), -Published, Published);
            Assert.InRange(j.Metrics["mrr"] - aggregate.GetProperty("mrr").GetDouble(), -Published, Published);
            Assert.InRange(j.Metrics["meanScore"] - aggregate.GetProperty("mean_judge_score").GetDouble(), -Published, Published);
        });
    }

    [Fact]
    public void Has_no_human_labels_so_calibration_is_reported_as_not_audited()
    {
        Assert.All(outcome.Results!.Judges, j => Assert.Null(j.VsHuman));
        Assert.Contains(outcome.Diagnostics, d => d.Code == "JE2007");
    }

    [Fact]
    public void The_ndcg_spread_across_judges_is_flagged_as_in_the_brief()
    {
        // 0.4542 (Gemini 3.1 Pro) to 0.8621 (Claude Sonnet 4.6): the 1.9x spread the product brief cites.
        var ndcg = outcome.Results!.MetricSpread["ndcg@10"];
        Assert.Equal(("gemini31", "sonnet"), (ndcg.MinJudge, ndcg.MaxJudge));
        Assert.Equal(0.8621 / 0.4542, ndcg.Ratio, 2);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "JE5001" && d.Message.StartsWith("ndcg@10", StringComparison.Ordinal));
    }

    [Fact]
    public void Judges_that_failed_on_many_items_are_flagged_for_coverage()
    {
        var flagged = outcome.Diagnostics.Where(d => d.Code == "JE5002").Select(d => d.Message).ToList();
        Assert.Contains(flagged, m => m.Contains("'gemini31'", StringComparison.Ordinal) && m.Contains("180 of 570", StringComparison.Ordinal));
        Assert.Contains(flagged, m => m.Contains("'gemini25'", StringComparison.Ordinal));
        Assert.DoesNotContain(flagged, m => m.Contains("'gpt4o'", StringComparison.Ordinal));
    }

    /// <summary>
    /// The authors average per-query values already rounded to 4 dp and round again, so an exact mean can sit up to
    /// 5e-5 from theirs plus their final rounding: 1e-4 (Statistics/Retrieval/WithinCorpusAcceptanceTests reproduces
    /// their rounding exactly).
    /// </summary>
    const double Published = 1e-4;
}

/// <summary>One run of the sample shared by the tests of <see cref="WithinCorpusSampleTests"/>.</summary>
public sealed class WithinCorpusRun
{
    public RunOutcome Outcome { get; } = SampleRuns.Run("WithinCorpus");
}
