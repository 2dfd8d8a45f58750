using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Reporting.Json;
using JudgeEval.Engine.Statistics.Annotators;
using JudgeEval.Engine.Tests.Audit;
using JudgeEval.Engine.Tests.Reporting.Html;

namespace JudgeEval.Engine.Tests.Samples;

/// <summary>
/// The MtBenchHumans sample (lmsys MT-Bench expert judgments, several experts on 407 of 1,232 pair-turns, GPT-4's pair
/// judgments) against figures computed independently with python3 from samples/data/mt-bench-human: majority consensus
/// with ties as ties, Cohen's kappa and Krippendorff's alpha in exact fractions, the alternative annotator test with the
/// t distribution from mpmath's regularised incomplete beta and Benjamini-Yekutieli by its definition.
/// </summary>
public sealed class MtBenchHumansSampleTests(MtBenchHumansRun run) : IClassFixture<MtBenchHumansRun>
{
    readonly RunOutcome outcome = run.Outcome;

    static string ManifestPath => Path.Combine(RepoRoot.Path, "samples", "MtBenchHumans", "judgeeval.yaml");

    [Fact]
    public void Reads_several_annotators_per_pair_without_input_problems()
    {
        Assert.NotNull(outcome.Results);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.IsInputError);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code is "JE0074" or "JE0059" or "JE0067");
        Assert.Equal((1232, 1232, 80), (outcome.Results!.Items.Total, outcome.Results.Items.WithHumanLabel, outcome.Results.Items.Queries));
        Assert.Empty(outcome.Results.Items.UnresolvedProducers);
    }

    [Fact]
    public void The_human_ceiling_is_the_experts_own_agreement()
    {
        var h = outcome.Results!.Humans!;

        Assert.Equal((65, 1232, 407, 177), (h.Annotators, h.Items, h.ItemsWithSeveral, h.Pairs));
        Assert.Equal(ConsensusMethod.Majority, h.Consensus);
        Assert.Equal(0.19684650384869204, h.MeanPairwiseKappa, 12);
        Assert.Equal(0.4219010191848976, h.Alpha, 12);
    }

    [Fact]
    public void Gpt4_agrees_with_the_majority_of_experts_at_kappa_041()
    {
        var vs = outcome.Results!.Judges.Single().VsHuman!;

        Assert.Equal(1232, vs.N);
        Assert.Equal(0.4100263319549784, vs.Kappa, 12);
        Assert.Null(vs.LabelRounding);
    }

    [Fact]
    public void Gpt4_passes_the_alternative_annotator_test_against_three_of_five_experts()
    {
        var t = outcome.Results!.Judges.Single().VsHuman!.AltTest!;

        Assert.Equal((407, AltTestScoring.Accuracy, 0.2), (t.Items, t.Scoring, t.Epsilon));
        Assert.Equal(0.6, t.WinningRate, 12);
        Assert.True(t.Passed);
        Assert.Equal(0.8388533351906642, t.AdvantageProbability, 12);
        var tested = t.PerAnnotator.Where(a => a.Tested).OrderBy(a => a.Annotator, StringComparer.Ordinal).ToList();
        Assert.Equal(["author_0", "author_4", "expert_0", "expert_24", "expert_9"], tested.Select(a => a.Annotator));
        Assert.Equal([43, 66, 47, 60, 31], tested.Select(a => a.Items));
        Assert.Equal([true, false, true, true, false], tested.Select(a => a.Rejected));
        double[] p = [0.0080667768158656575, 0.077336886061828813, 0.0053814283561093631, 0.012027470312705065, 0.14731581751494943];
        for (var k = 0; k < p.Length; k++)
        {
            Assert.Equal(p[k], tested[k].PValue, 12);
        }

        Assert.Equal(0.8837209302325582, tested[0].JudgeAdvantage, 12);
        Assert.Equal(0.9069767441860465, tested[0].HumanAdvantage, 12);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code is "JE2012" or "JE2013" or "JE2016");
    }

    [Fact]
    public void Slices_by_model_and_category_measure_gpt4_on_each()
    {
        var slices = outcome.Results!.Slices;

        Assert.Equal(14, slices.Count);
        Assert.Equal(["gpt-3.5-turbo", "llama-13b", "vicuna-13b-v1.2", "claude-v1", "gpt-4", "alpaca-13b"], slices.Where(s => s.Field == "model").Select(s => s.Value));
        Assert.Equal(8, slices.Count(s => s.Field == "tag:category"));
        var writing = slices.Single(s => s.Value == "writing");
        Assert.Equal((139, 139), (writing.Items, writing.Judges.Single().N));
        // GPT-4 fails overall (JE2002), so no slice finding is added on top.
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "JE2015");
    }

    [Fact]
    public void Gpt4_prefers_gpt_outputs_more_than_the_experts_do()
    {
        var s = outcome.Results!.SelfPreference.Single();

        Assert.Equal((711, 428, 0), (s.OwnN, s.OtherN, s.UnresolvedN));
        Assert.Equal(["gpt-3.5-turbo", "gpt-4"], s.RelatedModels);
        Assert.Equal(0.7679324894514767, s.JudgeOwnRate, 12);
        Assert.Equal(0.7208157524613221, s.HumanOwnRate, 12);
        Assert.InRange(s.PValue, 0.0005, 0.005); // sign-flip Monte Carlo with the sample's seed: 0.0013
        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE2010");
        ManifestText.AssertAt(d, ManifestPath, ManifestText.Line(ManifestPath, "model: gpt-4", anchor: "id: gpt4"));
    }

    [Fact]
    public void The_report_draws_the_ceiling_beside_the_kappa_and_shows_the_alt_test_and_the_slices()
    {
        var html = HtmlReport.Render(outcome.Results!, ReportFixtures.Options);
        var judges = ReportAssertions.Section(html, "judges");

        Assert.Equal(1, ReportAssertions.Count(ReportAssertions.Section(judges, "judges"), "class=\"ref ceiling\""));
        Assert.Contains("mean pairwise κ of <b>0.20</b>", judges, StringComparison.Ordinal);
        Assert.Contains(">pass 0.60</td>", judges, StringComparison.Ordinal);
        Assert.Contains("<table class=\"sortable alttest\">", judges, StringComparison.Ordinal);
        var slices = ReportAssertions.Section(html, "slices");
        Assert.Equal(14, ReportAssertions.Count(slices, "<figure><svg class=\"forest\""));
        Assert.Equal(14, ReportAssertions.Count(slices, "class=\"ref ceiling\""));
        Assert.Contains("<h3>By tag:category</h3>", slices, StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_keys_survive_a_results_json_round_trip_as_a_baseline_would_read_them()
    {
        var json = ResultsJson.Serialize(outcome.Results!);
        var back = ResultsJson.Deserialize(json)!;

        Assert.Contains("\"meanPairwiseKappa\": 0.19684650384869", json, StringComparison.Ordinal);
        Assert.Contains("\"labelRounding\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"scoring\": \"accuracy\"", json, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"tag:category\"", json, StringComparison.Ordinal);
        Assert.Contains("\"scope\": \"family\"", json, StringComparison.Ordinal);
        Assert.Equal(outcome.Results!.Humans, back.Humans);
        var t = back.Judges.Single().VsHuman!.AltTest!;
        Assert.Equal(outcome.Results.Judges.Single().VsHuman!.AltTest!.PerAnnotator.Select(a => (a.Annotator, a.Items, a.Tested, a.Rejected)), t.PerAnnotator.Select(a => (a.Annotator, a.Items, a.Tested, a.Rejected)));
        Assert.True(double.IsNaN(t.PerAnnotator[^1].PValue));
        Assert.Equal(14, back.Slices.Count);
    }

    [Fact]
    public void Findings_point_into_the_manifest()
    {
        Assert.All(outcome.Diagnostics.Where(d => d.Severity != Severity.Info), d => Assert.Equal(Path.GetFullPath(ManifestPath), d.Location!.File));
    }
}

/// <summary>One run of the sample shared by the tests of <see cref="MtBenchHumansSampleTests"/>.</summary>
public sealed class MtBenchHumansRun
{
    public RunOutcome Outcome { get; } = SampleRuns.Run("MtBenchHumans");
}
