using System.Text.Json;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Tests.Audit;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Samples;

/// <summary>
/// The SelfConsistency sample: nine judges, three runs each on 50 TREC RAG 2024 pairs. The study's own figures
/// (per_judge[label].intra_kappa_pairs, mean_intra_judge_kappa, mean_kappa_vs_human) are read from the data file and
/// reproduced with the project's importer and statistics; alpha and flip rates against an independent python3
/// transcription of Krippendorff (2011) in exact fractions (ordinal metric, units with fewer than two values dropped).
/// </summary>
public sealed class SelfConsistencySampleTests(SelfConsistencyRun run) : IClassFixture<SelfConsistencyRun>
{
    static readonly string DataFile = SampleRuns.DataPath("rag-eval-llm-judge", "results", "intra_judge_consistency.json");
    static readonly double[,] Quadratic = KappaWeights.Create(KappaWeighting.Quadratic, 4);
    static readonly double[] Grades = [0, 1, 2, 3];

    readonly RunOutcome outcome = run.Outcome;

    static string ManifestPath => Path.Combine(RepoRoot.Path, "samples", "SelfConsistency", "judgeeval.yaml");

    public static TheoryData<string, string> Judges => new()
    {
        { "opus", "Claude Opus 4.7 (OpenRouter)" },
        { "sonnet", "Claude Sonnet 4.6 (OpenRouter)" },
        { "gpt55", "GPT-5.5 (reasoning=low)" },
        { "gpt4o", "GPT-4o (chat)" },
        { "gemini31", "Gemini 3.1 Pro Preview (OpenRouter)" },
        { "gemini25", "Gemini 2.5 Pro (OpenRouter)" },
        { "deepseek", "DeepSeek V4 Pro (OpenRouter)" },
        { "qwen", "Qwen 3.6 Plus (OpenRouter)" },
        { "gemma", "Gemma 4 26B (OpenRouter)" },
    };

    [Fact]
    public void Runs_without_input_errors_and_states_the_sample_rule()
    {
        Assert.NotNull(outcome.Results);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.IsInputError);
        Assert.Equal((50, 50), (outcome.Results!.Items.Total, outcome.Results.Items.WithHumanLabel));
        Assert.Equal(SampleVerdictRule.Median, outcome.Results.Task!.SampleVerdict);
    }

    [Theory]
    [MemberData(nameof(Judges))]
    public void Each_pair_of_runs_has_the_published_intra_judge_kappa(string judge, string label)
    {
        // The study's convention: quadratic-weighted Cohen's kappa over the items both runs graded, per pair of runs
        // (1-2, 1-3, 2-3), printed to 4 dp; its mean_intra_judge_kappa is the mean of the three printed values.
        var published = Published(label);
        var runs = Runs(label);
        var pairs = new[] { (0, 1), (0, 2), (1, 2) }.Select(p => CohenKappa.Compute(runs[p.Item1], runs[p.Item2], Grades, Quadratic)).ToArray();

        for (var p = 0; p < 3; p++)
        {
            Assert.Equal(published.GetProperty("intra_kappa_pairs")[p].GetDouble(), pairs[p], 5e-5);
        }

        var consistency = outcome.Results!.Judge(judge)!.Consistency!;
        Assert.Equal(pairs.Average(), consistency.MeanPairwiseKappa, 1e-12);
        // The mean of the printed pair values, so the exact mean can differ in the 4th decimal (sonnet: 0.96436 vs 0.9643).
        Assert.Equal(published.GetProperty("mean_intra_judge_kappa").GetDouble(), consistency.MeanPairwiseKappa, 1e-4);
    }

    [Theory]
    [MemberData(nameof(Judges))]
    public void The_mean_kappa_of_the_runs_against_humans_is_the_published_one(string judge, string label)
    {
        // mean_kappa_vs_human: the quadratic kappa of each run against human_scores, averaged over the three runs.
        _ = judge;
        var human = Human();
        var kappas = Runs(label).Select(r => CohenKappa.Compute(r, human, Grades, Quadratic)).ToArray();

        Assert.Equal(Published(label).GetProperty("mean_kappa_vs_human").GetDouble(), kappas.Average(), 1e-4);
    }

    [Theory]
    // python3 (exact fractions): items with >= 2 valid runs, valid runs on them, items whose runs differ, alpha (ordinal).
    [InlineData("opus", 50, 150, 0, 1.0)]
    [InlineData("sonnet", 50, 150, 3, 0.9679756508088414)]
    [InlineData("gpt55", 50, 150, 9, 0.9157355455002514)]
    [InlineData("gpt4o", 50, 150, 9, 0.9158118660044741)]
    [InlineData("gemini31", 7, 16, 0, 1.0)]
    [InlineData("gemini25", 9, 19, 0, 1.0)]
    [InlineData("deepseek", 23, 61, 6, 0.9021512928630412)]
    [InlineData("qwen", 50, 150, 16, 0.8657622872937721)]
    [InlineData("gemma", 50, 150, 10, 0.8978998087242759)]
    public void Alpha_and_flip_rate_across_runs(string judge, int items, int valid, int flips, double alpha)
    {
        var c = outcome.Results!.Judge(judge)!.Consistency!;

        Assert.Equal(items, c.Items);
        Assert.Equal((double)valid / items, c.Samples, 12);
        Assert.Equal((double)flips / items, c.FlipRate, 12);
        Assert.Equal(alpha, c.Alpha, 1e-9);
        Assert.Equal(AlphaLevel.Ordinal, c.AlphaLevel);
    }

    [Fact]
    public void The_verdict_graded_against_humans_is_the_median_of_the_runs()
    {
        // Opus gave the same grades in all three runs, so its median run is any run: kappa 0.3614 as published per run.
        Assert.Equal(0.3614, outcome.Results!.Judge("opus")!.VsHuman!.Kappa, 5e-5);
        // Gemini 3.1 has a valid grade in at least one run on 20 items (python3: any(r[i] is not None for r in runs)).
        Assert.Equal(20, outcome.Results.Judge("gemini31")!.Valid);
    }

    [Fact]
    public void Every_judge_is_consistent_enough_at_the_default_threshold()
    {
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "JE3002");
    }

    [Fact]
    public void A_stricter_threshold_flags_the_two_least_consistent_judges_at_their_entries()
    {
        var strict = SampleRuns.Run("SelfConsistency", new KeyValuePair<string, string>("selfConsistencyMin", "0.90"));

        var flagged = strict.Diagnostics.Where(d => d.Code == "JE3002").ToList();
        Assert.Equal(["gemma", "qwen"], flagged.Select(d => d.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        var qwen = flagged.Single(d => d.Message.Contains("'qwen'", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, qwen.Severity);
        Assert.Contains("alpha (ordinal) 0.866 on 50 items with 3.0 samples each on average (flip rate 0.32", qwen.Message, StringComparison.Ordinal);
        Assert.Contains("calibration is not trustworthy", qwen.Message, StringComparison.Ordinal);
        ManifestText.AssertAt(qwen, ManifestPath, ManifestText.Line(ManifestPath, "id: qwen"));
    }

    static JsonElement Published(string label)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(DataFile));
        return doc.RootElement.GetProperty("per_judge").GetProperty(label).Clone();
    }

    /// <summary>The runs as the project's importer reads them, aligned by item.</summary>
    static double?[][] Runs(string label)
    {
        var judgments = ImportClean(Spec(DataFile, "rag-eval-external", ("key", label)), DataRole.Judgments).Judgments[label];
        var items = ImportClean(Spec(DataFile, "rag-eval-external"), DataRole.Items).Items.Select(i => i.Id).ToList();
        return [.. Enumerable.Range(0, 3).Select(r => items.Select(id => judgments.Single(j => j.Sample == r && j.ItemId == id).Score).ToArray())];
    }

    static double?[] Human()
    {
        var labels = ImportClean(Spec(DataFile, "rag-eval-external"), DataRole.HumanLabels).Labels;
        return [.. labels.Select(l => (double?)l.Score)];
    }
}

public sealed class SelfConsistencyRun
{
    public RunOutcome Outcome { get; } = SampleRuns.Run("SelfConsistency");
}
