using JudgeEval.Engine.Reporting.Json;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>
/// JE2001-JE2007 on 40 items graded 0-3 (labels 0,1,2,3 repeating). Reference quadratic kappas computed with python3
/// in exact fractions: moving the first m items labelled 0 or 1 up by two grades gives 0.84 (m = 4), 0.68 (m = 8) and
/// 0.52 (m = 12).
/// </summary>
public sealed class CalibrationRulesTests : IDisposable
{
    readonly AuditCase c = new();
    static readonly double[] Labels = PointwiseCase.Labels;

    public CalibrationRulesTests()
    {
        c.Items(40);
        c.Labels(Labels);
    }

    static double?[] RaisedByTwo(int m) => PointwiseCase.RaisedByTwo(m);

    static string Manifest(string thresholds = "", string labeledOn = "", bool labels = true) => $"""
        version: 1
        task:
          kind: pointwise
          scale: {"{"} min: 0, max: 3 {"}"}
        items: {"{"} path: items.jsonl, format: jsonl {"}"}
        {(labels ? "humanLabels:\n  path: labels.jsonl\n  format: jsonl" + labeledOn : "")}
        judges:
          - id: good
            model: claude-3.5-sonnet
            judgments: {"{"} path: good.jsonl, format: jsonl {"}"}
          - id: probe
            model: gemini-1.5-pro
            judgments: {"{"} path: probe.jsonl, format: jsonl {"}"}
        thresholds:
          minCalibrationItems: 40{thresholds}
        """;

    void Judges(double?[] probe)
    {
        c.Scores("good.jsonl", [.. Labels.Select(l => (double?)l)]);
        c.Scores("probe.jsonl", probe);
    }

    HumanAgreement Probe => c.Outcome.Results!.Judges.Single(j => j.Id == "probe").VsHuman!;

    [Fact]
    public void Kappa_between_fail_and_warn_warns_at_the_judge()
    {
        Judges(RaisedByTwo(8));
        c.Run(Manifest());
        Assert.Equal(0.68, Probe.Kappa, 12);
        var d = c.Single("JE2001", c.Line("id: probe"), about: "probe");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.False(c.Has("JE2002"));
        Assert.DoesNotContain(c.All("JE2001"), x => x.Message.Contains("'good'", StringComparison.Ordinal));
    }

    [Fact]
    public void Kappa_below_fail_is_an_error_at_the_judge()
    {
        Judges(RaisedByTwo(12));
        c.Run(Manifest());
        Assert.Equal(0.52, Probe.Kappa, 12);
        Assert.Equal(Severity.Error, c.Single("JE2002", c.Line("id: probe"), about: "probe").Severity);
        Assert.False(c.Has("JE2001"));
        Assert.Equal(1, c.Outcome.ExitCode);
    }

    [Fact]
    public void A_perfect_judge_raises_no_calibration_finding()
    {
        Judges([.. Labels.Select(l => (double?)l)]);
        c.Run(Manifest());
        Assert.DoesNotContain(c.Outcome.Diagnostics, d => d.Code is "JE2001" or "JE2002" or "JE2003" or "JE2004" or "JE2005" or "JE2007");
    }

    [Fact]
    public void Gating_on_the_lower_bound_fails_a_40_item_judge_whose_point_estimate_passes()
    {
        Judges(RaisedByTwo(4));
        c.Run(Manifest("\n  kappaWarn: 0.7\n  kappaFail: 0.7"));
        Assert.Equal(0.84, Probe.Kappa, 12);
        Assert.True(Probe.KappaCi95.Lower < 0.7, $"lower bound {Probe.KappaCi95.Lower}");
        Assert.False(c.Has("JE2002"));

        c.Run(Manifest("\n  kappaWarn: 0.7\n  kappaFail: 0.7\n  gateOnLowerBound: true"));
        var d = c.Single("JE2002", c.Line("id: probe"), about: "probe");
        Assert.Contains("gated on the lower bound", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(c.All("JE2002"), x => x.Message.Contains("'good'", StringComparison.Ordinal));
    }

    [Fact]
    public void F1_below_the_minimum_warns_at_the_judge()
    {
        // 8 of the 10 items labelled 2 graded 1: TP 12, FN 8, FP 0 at passThreshold 2, so F1 = 24/32 = 0.75.
        var probe = Labels.Select(l => (double?)l).ToArray();
        for (int i = 0, moved = 0; i < probe.Length && moved < 8; i++)
        {
            if (Labels[i] == 2)
            {
                probe[i] = 1;
                moved++;
            }
        }

        Judges(probe);
        c.Run(Manifest());
        Assert.Equal(0.75, Probe.F1, 12);
        c.Single("JE2003", c.Line("id: probe"), about: "probe");
    }

    [Fact]
    public void Fewer_labels_than_minCalibrationItems_warn_at_humanLabels()
    {
        Judges([.. Labels.Select(l => (double?)l)]);
        c.Run(Manifest("\n  kappaWarn: 0.7").Replace("minCalibrationItems: 40", "minCalibrationItems: 41", StringComparison.Ordinal));
        var d = c.Single("JE2004", c.Line("path: labels.jsonl", anchor: "humanLabels:") - 1);
        Assert.Contains("Only 40 items", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_older_than_maxLabelAgeDays_are_stale_at_labeledOn()
    {
        Judges([.. Labels.Select(l => (double?)l)]);
        c.Run(Manifest(labeledOn: "\n  labeledOn: 2026-01-01"), today: new DateOnly(2026, 12, 1));
        var d = c.Single("JE2005", c.Line("labeledOn: 2026-01-01"));
        Assert.Contains("334 days", d.Message, StringComparison.Ordinal);

        c.Run(Manifest(labeledOn: "\n  labeledOn: 2026-01-01"), today: new DateOnly(2026, 4, 3)); // 92 days: not older
        Assert.False(c.Has("JE2005"));
    }

    [Fact]
    public void A_kappa_drop_beyond_the_interval_against_a_baseline_warns_at_the_judge()
    {
        Judges([.. Labels.Select(l => (double?)l)]);
        c.Run(Manifest());
        var baseline = c.Write("baseline.json", ResultsJson.Serialize(c.Outcome.Results!));
        Assert.Equal(1.0, Probe.Kappa, 12);

        Judges(RaisedByTwo(8));
        c.Run(Manifest(), baseline: baseline);
        Assert.True(Probe.KappaCi95.Upper < 1.0);
        var d = c.Single("JE2006", c.Line("id: probe"), about: "probe");
        Assert.Contains("fell from 1.00", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(c.All("JE2006"), x => x.Message.Contains("'good'", StringComparison.Ordinal));

        var same = c.Write("same.json", ResultsJson.Serialize(c.Outcome.Results!));
        c.Run(Manifest(), baseline: same);
        Assert.False(c.Has("JE2006"));
    }

    [Fact]
    public void A_baseline_that_does_not_exist_warns_that_the_checks_against_it_are_skipped()
    {
        Judges([.. Labels.Select(l => (double?)l)]);
        var missing = Path.Combine(c.Dir, "previous", "results.json");
        c.Run(Manifest(), baseline: missing);
        var d = Assert.Single(c.All("JE0093"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal($"The baseline '{missing}' does not exist; the checks against a baseline (agreement drops, calibration identity) are skipped.", d.Message);
        Assert.False(c.Has("JE2006"));

        c.Run(Manifest(), baseline: c.Dir);
        Assert.Contains("is a folder", Assert.Single(c.All("JE0093")).Message, StringComparison.Ordinal);

        c.Run(Manifest());
        Assert.False(c.Has("JE0093"));
    }

    [Fact]
    public void Without_human_labels_calibration_is_reported_as_not_audited()
    {
        Judges(RaisedByTwo(12));
        c.Run(Manifest(labels: false));
        Assert.Equal(Severity.Info, c.Single("JE2007", 1).Severity);
        Assert.DoesNotContain(c.Outcome.Diagnostics, d => d.Code is "JE2001" or "JE2002" or "JE2003" or "JE2004");
    }

    public void Dispose() => c.Dispose();
}
