using System.Text;
using System.Text.Json.Nodes;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Tests.Audit;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Samples;

/// <summary>
/// Verbosity bias in pairwise form on the MT-Bench sample (200 pairs, the experts' labels, both orders of four judges).
/// Reference figures from python3 over samples/data/llmbar: len() of output_1 and output_2 (code points), pairs of
/// unequal length, the judge's two-order verdict (a tie when the orders disagree, one half), the experts' label.
/// </summary>
public sealed class MtBenchVerbosityTests(MtBenchRun run) : IClassFixture<MtBenchRun>
{
    readonly RunOutcome outcome = run.Outcome;

    static string ManifestPath => Path.Combine(RepoRoot.Path, "samples", "MtBench", "judgeeval.yaml");

    [Theory]
    // judge, pairs, judge's longer-preferred count (tie = 1/2), the experts' count on the same pairs.
    [InlineData("gpt4", 195, 139.0, 136.0)]
    [InlineData("chatgpt", 195, 130.5, 136.0)]
    [InlineData("llama2", 195, 136.5, 136.0)]
    [InlineData("palm2", 187, 125.5, 130.0)]
    public void No_judge_prefers_longer_answers_more_than_the_experts(string judge, int n, double judgeLonger, double humanLonger)
    {
        var b = outcome.Results!.Judge(judge)!.LengthBias!;

        Assert.Equal((LengthMeasure.LongerPreferredRate, n, "text"), (b.Measure, b.N, b.LengthSource));
        Assert.Equal(judgeLonger / n, b.JudgeValue, 12);
        Assert.Equal(humanLonger / n, b.HumanValue, 12);
        Assert.Equal((judgeLonger - humanLonger) / n, b.Difference, 12);
        Assert.True(b.PValue > 0.3, $"p = {b.PValue}");
        Assert.True(b.DifferenceCi95.Contains(0));
        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE3004" && d.Message.Contains($"'{judge}'", StringComparison.Ordinal));
        Assert.Equal(Severity.Info, d.Severity);
        ManifestText.AssertAt(d, ManifestPath, ManifestText.Line(ManifestPath, "id: " + judge));
    }

    [Fact]
    public void None_gets_the_verbosity_finding() => Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "JE3003");

    [Fact]
    public void A_judge_that_always_picks_the_longer_answer_on_the_same_pairs_gets_it()
    {
        // The same 200 MT-Bench pairs and expert labels, plus a judge that names the longer output in both orders.
        var dataset = MtBench("dataset.json");
        var items = ImportClean(Spec(dataset, "llmbar", ("subset", "MT-Bench")), DataRole.Items, TaskKind.Pairwise).Items;
        using var c = new AuditCase();
        var lines = new StringBuilder();
        foreach (var item in items)
        {
            var longer = item.Text!.EnumerateRunes().Count() >= item.TextB!.EnumerateRunes().Count() ? "first" : "second";
            foreach (var order in new[] { "original", "swapped" })
            {
                lines.Append(new JsonObject { ["id"] = item.Id, ["verdict"] = longer, ["order"] = order }.ToJsonString()).Append('\n');
            }
        }

        c.Write("verbose.jsonl", lines.ToString());
        c.Run($$"""
            version: 1
            task: { kind: pairwise }
            items: { path: "{{dataset}}", format: llmbar, subset: MT-Bench }
            humanLabels: { path: "{{dataset}}", format: llmbar }
            thresholds: { minCalibrationItems: 100 }
            judges:
              - id: verbose
                model: gpt-4o
                judgments: { path: verbose.jsonl, format: jsonl }
            """);

        // 195 pairs of unequal length; the experts prefer the longer one in 136.
        var b = c.Outcome.Results!.Judge("verbose")!.LengthBias!;
        Assert.Equal((195, 1.0), (b.N, b.JudgeValue));
        Assert.Equal(136.0 / 195, b.HumanValue, 12);
        Assert.True(b.PValue < 0.001);
        var d = c.Single("JE3003", c.Line("id: verbose"));
        Assert.Contains("prefers the longer output in 1.00 of 195 pairs of unequal length where the humans do in 0.70", d.Message, StringComparison.Ordinal);
    }
}
