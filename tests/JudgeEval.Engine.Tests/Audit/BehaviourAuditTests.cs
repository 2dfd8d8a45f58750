using System.Globalization;
using System.Text;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>
/// Self-consistency, verbosity bias and the kappa paradox end to end on small synthetic evals with a planted effect,
/// each tested both ways: the judge with the effect gets the finding, the judge without it does not.
/// </summary>
public sealed class BehaviourAuditTests : IDisposable
{
    readonly AuditCase c = new();

    const string Pointwise = """
        version: 1
        task:
          kind: pointwise
          scale: { min: 0, max: 3 }
        items: { path: items.jsonl, format: jsonl }
        humanLabels: { path: labels.jsonl, format: jsonl }
        thresholds: { minCalibrationItems: 10 }
        """;

    [Fact]
    public void A_judge_that_changes_its_grade_between_samples_is_flagged_and_a_steady_one_is_not()
    {
        // 40 items, three samples each. steady: the same grade every time. shaky: on every other item the second
        // sample is two grades away; python3 (Krippendorff 2011, ordinal, exact fractions) gives alpha 0.4711111111111111.
        c.Items(40);
        c.Labels([.. Enumerable.Range(0, 40).Select(i => (double)(i % 4))]);
        c.Write("steady.jsonl", Samples(40, 3, (i, _) => i % 4));
        c.Write("shaky.jsonl", Samples(40, 3, (i, s) => s == 1 && i % 2 == 0 ? (i % 4 + 2) % 4 : i % 4));
        c.Run(Pointwise + """

            judges:
              - id: steady
                model: gpt-4o
                judgments: { path: steady.jsonl, format: jsonl }
              - id: shaky
                model: claude-3-5-sonnet
                judgments: { path: shaky.jsonl, format: jsonl }
            """);

        var steady = c.Outcome.Results!.Judge("steady")!.Consistency!;
        Assert.Equal((40, 3.0, 1.0, 0.0), (steady.Items, steady.Samples, steady.Alpha, steady.FlipRate));
        var shaky = c.Outcome.Results.Judge("shaky")!.Consistency!;
        Assert.Equal(0.5, shaky.FlipRate, 12);
        Assert.Equal(0.4711111111111111, shaky.Alpha, 1e-9);
        var d = c.Single("JE3002", c.Line("id: shaky"), about: "shaky");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("alpha (ordinal) 0.471 on 40 items with 3.0 samples each on average (flip rate 0.50", d.Message, StringComparison.Ordinal);
        Assert.Contains("calibration is not trustworthy", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(c.All("JE3002"), x => x.Message.Contains("'steady'", StringComparison.Ordinal));
        // Without repeats there is nothing to measure: consistency is null in results.json.
        Assert.Equal(SampleVerdictRule.Median, c.Outcome.Results.Task!.SampleVerdict);
    }

    [Fact]
    public void A_judge_that_scores_long_outputs_up_gets_the_verbosity_finding_and_a_fair_one_does_not()
    {
        // 80 items: lengths 10..89 characters, labels cycle 0..3 independently of length. fair = the label;
        // verbose = the label + 1 (capped at 3) on the 20 longest items.
        WriteLengthItems(80, i => new string('x', 10 + i));
        var labels = Enumerable.Range(0, 80).Select(i => (double)(i % 4)).ToArray();
        c.Labels(labels);
        c.Scores("fair.jsonl", [.. labels.Select(l => (double?)l)]);
        c.Scores("verbose.jsonl", [.. labels.Select((l, i) => (double?)(i >= 60 ? Math.Min(3, l + 1) : l))]);
        c.Run(Pointwise + """

            judges:
              - id: fair
                model: gpt-4o
                judgments: { path: fair.jsonl, format: jsonl }
              - id: verbose
                model: claude-3-5-sonnet
                judgments: { path: verbose.jsonl, format: jsonl }
            """);

        // Quartiles of 10..89 (type 7): 29.75 and 69.25, so 20 short and 20 long items. On the long ones the labels
        // 0, 1, 2 (15 items) gain one grade and 3 (5 items) stays: judge - human = 15/20 = 0.75 there, 0 on short ones.
        var b = c.Outcome.Results!.Judge("verbose")!.LengthBias!;
        Assert.Equal((LengthMeasure.QuartileGap, 40, "text"), (b.Measure, b.N, b.LengthSource));
        Assert.Equal(0.75, b.Difference, 12);
        Assert.Equal(0.25, b.Effect, 12);
        Assert.Equal(0.75, b.JudgeValue - b.HumanValue, 12);
        Assert.True(b.PValue < 0.001, $"p = {b.PValue}");
        Assert.Equal(SignificanceTest.TwoSamplePermutation, b.Test);
        Assert.Equal(0.613685038090725, b.Spearman, 1e-9); // python3: Pearson of average ranks of length and judge - human
        var d = c.Single("JE3003", c.Line("id: verbose"), about: "verbose");
        Assert.Contains("scores the longest quartile of outputs +0.75 against the shortest where the humans do", d.Message, StringComparison.Ordinal);
        Assert.Contains("effect 0.25 above lengthBiasMax 0.10", d.Message, StringComparison.Ordinal);

        var fair = c.Outcome.Results.Judge("fair")!.LengthBias!;
        Assert.Equal(0.0, fair.Difference, 12);
        Assert.DoesNotContain(c.All("JE3003"), x => x.Message.Contains("'fair'", StringComparison.Ordinal));
        Assert.Equal(Severity.Info, c.Single("JE3004", c.Line("id: fair"), about: "fair").Severity);
    }

    [Fact]
    public void Lengths_from_a_length_column_stand_in_for_text()
    {
        c.Write("items.jsonl", Lines(40, i => $"{{\"id\": \"i{i}\", \"length\": {100 + (i * 10)}}}"));
        var labels = Enumerable.Range(0, 40).Select(i => (double)(i % 2)).ToArray();
        c.Labels(labels);
        c.Scores("long.jsonl", [.. labels.Select((l, i) => (double?)(i >= 30 ? 3 : l))]);
        c.Run(Pointwise + """

            judges:
              - id: long
                model: gpt-4o
                judgments: { path: long.jsonl, format: jsonl }
            """);

        var b = c.Outcome.Results!.Judge("long")!.LengthBias!;
        Assert.Equal("length", b.LengthSource);
        // Quartiles 197.5 and 392.5: items 0-9 short, 30-39 long; long ones go to 3 from labels 0/1 (mean 0.5): +2.5.
        Assert.Equal((20, 2.5), (b.N, b.Difference));
        Assert.True(c.Has("JE3003"));
    }

    [Fact]
    public void A_pairwise_judge_that_picks_the_longer_output_gets_the_finding_and_one_that_follows_the_humans_does_not()
    {
        // 60 pairs; output 1 is the longer in even pairs. Humans prefer output 1 in pairs i % 3 != 0 (40 of 60).
        // verbose picks the longer output in both orders; fair copies the humans.
        c.Write("items.jsonl", Lines(60, i => i % 2 == 0
            ? $"{{\"id\": \"i{i}\", \"text\": \"{new string('a', 50)}\", \"textB\": \"b\"}}"
            : $"{{\"id\": \"i{i}\", \"text\": \"a\", \"textB\": \"{new string('b', 50)}\"}}"));
        var human = Enumerable.Range(0, 60).Select(i => i % 3 != 0 ? 1.0 : 2.0).ToArray();
        c.Labels(human);
        var longer = Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? 1.0 : 2.0).ToArray();
        c.Verdicts("verbose.jsonl", longer, longer);
        c.Verdicts("fair.jsonl", human, human);
        c.Run("""
            version: 1
            task: { kind: pairwise }
            items: { path: items.jsonl, format: jsonl }
            humanLabels: { path: labels.jsonl, format: jsonl }
            thresholds: { minCalibrationItems: 10 }
            judges:
              - id: verbose
                model: gpt-4o
                judgments: { path: verbose.jsonl, format: jsonl }
              - id: fair
                model: claude-3-5-sonnet
                judgments: { path: fair.jsonl, format: jsonl }
            """);

        // Humans pick the longer output where (i even and i % 3 != 0) or (i odd and i % 3 == 0): 20 + 10 = 30 of 60.
        var b = c.Outcome.Results!.Judge("verbose")!.LengthBias!;
        Assert.Equal((LengthMeasure.LongerPreferredRate, 60), (b.Measure, b.N));
        Assert.Equal((1.0, 0.5, 0.5), (b.JudgeValue, b.HumanValue, b.Difference));
        Assert.Equal(SignificanceTest.PairedSignFlip, b.Test);
        Assert.True(b.PValue < 0.001);
        var d = c.Single("JE3003", c.Line("id: verbose"), about: "verbose");
        Assert.Contains("prefers the longer output in 1.00 of 60 pairs of unequal length where the humans do in 0.50", d.Message, StringComparison.Ordinal);

        var fair = c.Outcome.Results.Judge("fair")!.LengthBias!;
        Assert.Equal(0.0, fair.Difference, 12);
        Assert.Equal(1.0, fair.PValue, 12);
        Assert.DoesNotContain(c.All("JE3003"), x => x.Message.Contains("'fair'", StringComparison.Ordinal));
    }

    [Fact]
    public void Skewed_labels_explain_a_low_kappa_and_gate_ac1_gates_on_ac1()
    {
        // A binary task, 100 items, 90 labelled 0. skewed: finds 2 of the 10 ones, calls 1 zero a one (table
        // [[89, 1], [8, 2]]): kappa 0.274, AC1 0.898, raw accuracy 0.91, constant predictor 0.90.
        var human = Enumerable.Range(0, 100).Select(i => i < 90 ? 0.0 : 1.0).ToArray();
        c.Items(100);
        c.Labels(human);
        c.Scores("skewed.jsonl", [.. human.Select((h, i) => (double?)(i == 0 ? 1 : i is 90 or 91 ? 1 : 0))]);
        var manifest = """
            version: 1
            task:
              kind: pointwise
              scale: { min: 0, max: 1 }
              passThreshold: 1
            items: { path: items.jsonl, format: jsonl }
            humanLabels: { path: labels.jsonl, format: jsonl }
            thresholds: { minCalibrationItems: 10, f1Min: 0 }
            judges:
              - id: skewed
                model: gpt-4o
                judgments: { path: skewed.jsonl, format: jsonl }
            """;
        c.Run(manifest);

        var vs = c.Outcome.Results!.Judge("skewed")!.VsHuman!;
        Assert.Equal(0.27419354838709675, vs.Kappa, 1e-12);
        Assert.Equal(0.8975468154135124, vs.GwetAc, 1e-12);
        Assert.Equal((0.91, 0.9), (vs.RawAccuracy, vs.BaselineAccuracy));
        Assert.Equal([0.9, 0.1], vs.Prevalence!);
        Assert.Equal(89.0 / 90, vs.CategoryRecall![0], 12); // TNR
        Assert.Equal(0.2, vs.CategoryRecall[1], 12); // TPR
        Assert.True(vs.GwetAcCi95.Contains(vs.GwetAc));
        Assert.True(c.Has("JE2002"));
        var d = c.Single("JE2030", c.Line("id: skewed"), about: "skewed");
        Assert.Equal(Severity.Info, d.Severity);
        Assert.Contains("kappa 0.27 below kappaWarn 0.75 while its raw accuracy is 0.91 and Gwet's AC1 0.90: 90% of the human labels are 0, so always answering that already scores 0.90", d.Message, StringComparison.Ordinal);
        Assert.Contains("Recall per human label: 0: 0.99, 1: 0.20", d.Message, StringComparison.Ordinal);
        Assert.Equal(AgreementGate.Kappa, c.Outcome.Results.Task!.Gate);

        c.Run(manifest.Replace("passThreshold: 1\n", "passThreshold: 1\n  gate: ac1\n", StringComparison.Ordinal));

        Assert.Equal(AgreementGate.Ac1, c.Outcome.Results!.Task.Gate);
        Assert.False(c.Has("JE2002"));
        Assert.False(c.Has("JE2001"));
        Assert.Equal(VerdictOutcome.Pass, c.Outcome.Results.Verdict.Outcome);
    }

    [Fact]
    public void A_low_kappa_on_balanced_labels_is_no_paradox()
    {
        var human = Enumerable.Range(0, 100).Select(i => (double)(i % 2)).ToArray();
        c.Items(100);
        c.Labels(human);
        c.Scores("poor.jsonl", [.. human.Select((h, i) => (double?)(i % 10 < 3 ? 1 - h : h))]);
        c.Run("""
            version: 1
            task:
              kind: pointwise
              scale: { min: 0, max: 1 }
              passThreshold: 1
            items: { path: items.jsonl, format: jsonl }
            humanLabels: { path: labels.jsonl, format: jsonl }
            thresholds: { minCalibrationItems: 10, f1Min: 0 }
            judges:
              - id: poor
                model: gpt-4o
                judgments: { path: poor.jsonl, format: jsonl }
            """);

        // 70% right on 50/50 labels (20 zeros and 10 ones flipped, so the judge says 1 for 60): p_e = 0.5 * 0.6 + 0.5 * 0.4,
        // kappa (0.7 - 0.5) / 0.5 = 0.4; AC1: pi = (0.45, 0.55), p_e = 2 * 0.45 * 0.55 = 0.495. No skew to blame.
        var vs = c.Outcome.Results!.Judge("poor")!.VsHuman!;
        Assert.Equal(0.4, vs.Kappa, 12);
        Assert.Equal((0.7 - 0.495) / 0.505, vs.GwetAc, 12);
        Assert.Equal(0.5, vs.BaselineAccuracy, 12);
        Assert.True(c.Has("JE2002"));
        Assert.False(c.Has("JE2030"));
    }

    void WriteLengthItems(int n, Func<int, string> text) =>
        c.Write("items.jsonl", Lines(n, i => $"{{\"id\": \"i{i}\", \"text\": \"{text(i)}\"}}"));

    /// <summary>Judgments of <paramref name="samples"/> samples per item, numbered from 0.</summary>
    static string Samples(int n, int samples, Func<int, int, int> grade) =>
        Lines(n * samples, k => string.Create(CultureInfo.InvariantCulture, $"{{\"id\": \"i{k / samples}\", \"score\": {grade(k / samples, k % samples)}, \"sample\": {k % samples}}}"));

    static string Lines(int n, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString();
    }

    public void Dispose() => c.Dispose();
}
