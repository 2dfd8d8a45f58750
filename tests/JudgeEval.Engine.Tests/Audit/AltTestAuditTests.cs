using System.Globalization;
using System.Text;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>
/// The alternative annotator test end to end: the authors' mtbench and cebab_stars data (Statistics/AltTestData) read
/// as wide tables, one `column` per annotator and per LLM judge, must give the notebook's printed winning rates and
/// advantage probabilities; the human ceiling against an independent python computation (exact fractions).
/// </summary>
public sealed class AltTestAuditTests : IDisposable
{
    static readonly string Data = Path.Combine(RepoRoot.Path, "tests", "JudgeEval.Engine.Tests", "Statistics", "AltTestData");
    static readonly string[] Llms = ["gemini_flash", "gemini_pro", "gpt-4o", "llama-31", "gpt-4o-mini", "mistral-v03"];

    readonly AuditCase c = new();

    public void Dispose() => c.Dispose();

    /// <summary>Copies the wide table beside the manifest, writes its ids as items, and returns a manifest reading every column.</summary>
    string Wide(string dataset, string task, string extra)
    {
        var lines = File.ReadAllLines(Path.Combine(Data, dataset + ".csv"));
        c.Write("wide.csv", string.Join('\n', lines) + "\n");
        c.Write("items.jsonl", string.Concat(lines.Skip(1).Select(l => $"{{\"id\": \"{l.Split(',')[0]}\"}}\n")));
        var annotators = lines[0].Split(',').Skip(1).Where(h => !Llms.Contains(h));
        var yaml = new StringBuilder($"version: 1\ntask:\n{task}\nitems: {{ path: items.jsonl, format: jsonl }}\nhumanLabels:\n");
        foreach (var a in annotators)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ path: wide.csv, format: csv, column: {a} }}\n");
        }

        yaml.Append("judges:\n");
        foreach (var llm in Llms)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: {llm}\n    model: {(llm.StartsWith("gpt", StringComparison.Ordinal) ? llm : "gemini-1.5-pro")}\n    judgments: {{ path: wide.csv, format: csv, column: {llm} }}\n");
        }

        return yaml.Append(extra).ToString();
    }

    static string Printed(AltTestResult t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.WinningRate:F2} {t.AdvantageProbability:F2}");

    [Fact]
    public void Mtbench_pairwise_judges_all_fail_as_printed_and_each_gets_a_finding_at_its_entry()
    {
        c.Run(Wide("mtbench", "  kind: pairwise", ""));
        var r = c.Outcome.Results!;

        string[] printed = ["0.00 0.72", "0.00 0.76", "0.00 0.77", "0.00 0.69", "0.00 0.74", "0.00 0.68"];
        Assert.Equal(printed, r.Judges.Select(j => Printed(j.VsHuman!.AltTest!)));
        Assert.All(r.Judges, j => Assert.Equal((false, AltTestScoring.Accuracy, 0.2, 3), (j.VsHuman!.AltTest!.Passed, j.VsHuman.AltTest.Scoring, j.VsHuman.AltTest.Epsilon, j.VsHuman.AltTest.PerAnnotator.Count(a => a.Tested))));
        foreach (var llm in Llms)
        {
            var d = c.Single("JE2012", c.Line($"id: {llm}"), about: llm);
            Assert.Equal(Severity.Warning, d.Severity);
            Assert.Contains("winning rate 0.00, below 0.50", d.Message, StringComparison.Ordinal);
        }

        Assert.All(r.Judges, j => Assert.Null(j.Position));
    }

    [Fact]
    public void Cebab_stars_graded_judges_pass_as_printed_with_negative_rmse()
    {
        c.Run(Wide("cebab_stars", "  kind: pointwise\n  scale: { min: 1, max: 5 }", "thresholds: { altTestEpsilon: 0.1 }\n"));
        var r = c.Outcome.Results!;

        string[] printed = ["0.60 0.82", "0.80 0.87", "0.90 0.90", "0.60 0.85", "0.90 0.89", "0.50 0.83"];
        Assert.Equal(printed, r.Judges.Select(j => Printed(j.VsHuman!.AltTest!)));
        Assert.All(r.Judges, j => Assert.Equal((true, AltTestScoring.NegativeRmse), (j.VsHuman!.AltTest!.Passed, j.VsHuman.AltTest.Scoring)));
        Assert.False(c.Has("JE2012"));
        Assert.Equal(10, r.Humans!.Annotators);
    }

    [Fact]
    public void The_human_ceiling_is_the_annotators_own_agreement()
    {
        // python3, exact fractions: Cohen's kappa of the three annotator pairs weighted by shared items, and
        // Krippendorff's nominal alpha from the coincidence matrix.
        c.Run(Wide("mtbench", "  kind: pairwise", "thresholds: { minCalibrationItems: 100 }\n"));
        var h = c.Outcome.Results!.Humans!;

        Assert.Equal((3, 120, 120, 3), (h.Annotators, h.Items, h.ItemsWithSeveral, h.Pairs));
        Assert.Equal(0.48954695971515066, h.MeanPairwiseKappa, 12);
        Assert.Equal(0.5190109343936382, h.Alpha, 12);
        Assert.Equal(ConsensusMethod.Majority, h.Consensus);
        Assert.False(c.Has("JE2016"));
    }

    [Fact]
    public void Too_few_items_with_several_annotators_leave_the_ceiling_unmeasured()
    {
        c.Run(Wide("mtbench", "  kind: pairwise", ""));
        var h = c.Outcome.Results!.Humans!;

        Assert.True(double.IsNaN(h.Alpha) && double.IsNaN(h.MeanPairwiseKappa));
        var d = c.Single("JE2016", c.Line("humanLabels:"));
        Assert.Equal(Severity.Info, d.Severity);
        Assert.Contains("only 120 items have two or more annotators, fewer than minCalibrationItems 500", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotators_with_too_few_shared_items_leave_the_test_not_run()
    {
        c.Items(10);
        c.Write("labels.jsonl", string.Concat(Enumerable.Range(0, 10).Select(i => $"{{\"id\": \"i{i}\", \"annotator\": \"a\", \"label\": {i % 4}}}\n{{\"id\": \"i{i}\", \"annotator\": \"b\", \"label\": {(i + 1) % 4}}}\n")));
        c.Scores("j.jsonl", [.. Enumerable.Range(0, 10).Select(i => (double?)(i % 4))]);
        c.Run("""
            version: 1
            task:
              kind: pointwise
              scale: { min: 0, max: 3 }
            items: { path: items.jsonl, format: jsonl }
            humanLabels: { path: labels.jsonl, format: jsonl }
            judges:
              - id: j
                model: gpt-4o
                judgments: { path: j.jsonl, format: jsonl }
            """);

        var t = c.Outcome.Results!.Judges[0].VsHuman!.AltTest!;
        Assert.Null(t.Passed);
        Assert.True(double.IsNaN(t.WinningRate));
        Assert.All(t.PerAnnotator, a => Assert.False(a.Tested));
        var d = c.Single("JE2013", c.Line("humanLabels:"));
        Assert.Contains("no annotator has 30 items", d.Message, StringComparison.Ordinal);
        Assert.False(c.Has("JE2012"));
    }
}
