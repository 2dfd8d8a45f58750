using System.Security.Cryptography;
using System.Text;
using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Audit.Rules;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>A calibration belongs to one model, one prompt and one label set; a change since the baseline is named.</summary>
public sealed class CalibrationIdentityTests : IDisposable
{
    readonly AuditCase c = new();

    static CalibrationIdentity Identity(string? promptVersion = "v1", string labels = "aaa", string model = "gpt-4o") => new()
    {
        Model = model,
        ResolvedModel = model,
        PromptVersion = promptVersion,
        LabelsHash = labels,
        LabeledOn = new DateOnly(2026, 11, 1),
    };

    static AuditContext Context(CalibrationIdentity now, CalibrationIdentity? before)
    {
        var judge = InCodeAudit.Judge("j", 100, 100) with
        {
            VsHuman = new HumanAgreement { N = 100, Kappa = 0.9, Weighting = KappaWeighting.Quadratic },
            Calibration = now,
        };
        var context = InCodeAudit.Context(InCodeAudit.Manifest([judge]), InCodeAudit.Results([judge], labelled: 100));
        return context with { Baseline = before is null ? null : InCodeAudit.Results([judge with { Calibration = before }], labelled: 100) };
    }

    [Fact]
    public void A_prompt_changed_on_the_same_labels_is_uncalibrated_and_leaves_the_gate_undecided()
    {
        var d = Assert.Single(new CalibrationIdentityRule().Check(Context(Identity("v2"), Identity("v1"))));

        Assert.Equal(("JE2031", Severity.Warning, 10), (d.Code, d.Severity, d.Location!.Line));
        Assert.Equal("Judge 'j': prompt changed (version 'v1' to 'v2') since the judge was calibrated, on the same human labels: its kappa is treated as uncalibrated until new labels are added.", d.Message);
        Assert.Equal(VerdictOutcome.Inconclusive, Verdicts.Decide([d], AuditRules.UndecidedCodes).Outcome);
    }

    [Fact]
    public void A_new_model_version_is_named()
    {
        var d = Assert.Single(new CalibrationIdentityRule().Check(Context(Identity(model: "gpt-4o-2024-11-20"), Identity())));

        Assert.Equal("JE2031", d.Code);
        Assert.Contains("model changed from 'gpt-4o' to 'gpt-4o-2024-11-20'; resolved model changed from 'gpt-4o' to 'gpt-4o-2024-11-20'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_labels_recalibrate_and_are_reported_for_the_record()
    {
        var d = Assert.Single(new CalibrationIdentityRule().Check(Context(Identity("v2", labels: "bbb"), Identity("v1"))));

        Assert.Equal(("JE2032", Severity.Info), (d.Code, d.Severity));
        Assert.Contains("prompt changed (version 'v1' to 'v2'); the human labels changed since the baseline", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_changed_or_no_baseline_or_an_old_baseline_raises_nothing()
    {
        Assert.Empty(new CalibrationIdentityRule().Check(Context(Identity(), Identity())));
        Assert.Empty(new CalibrationIdentityRule().Check(Context(Identity(), null)));
        Assert.Empty(new CalibrationIdentityRule().Check(Context(Identity(), before: null) with
        {
            Baseline = InCodeAudit.Results([InCodeAudit.Judge("j", 100, 100)], labelled: 100),
        }));
    }

    [Fact]
    public void A_live_judge_records_its_prompt_name_version_and_text_hash()
    {
        var spec = new JudgeSpec
        {
            Id = "j",
            Model = "gpt-4o",
            Live = new LiveJudgeSpec("local", "relevance", 1, 0, 7, null, InCodeAudit.Line(10)),
            At = InCodeAudit.Line(10),
            IdAt = InCodeAudit.Line(10),
            ModelAt = InCodeAudit.Line(10),
        };

        var identity = CalibrationIdentityAnalyzer.Analyze(spec, "gpt-4o", "/", "h", null);

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PromptTemplate.BuiltInText("relevance"))));
        Assert.Equal(("relevance", "relevance@" + hash[..12], hash), (identity.PromptId, identity.PromptVersion, identity.PromptHash));
        Assert.Equal("relevance@" + hash[..12], PromptTemplate.Load("relevance", "/", Engine.Data.TaskKind.Pointwise, null, [])!.Version);
    }

    [Fact]
    public void End_to_end_a_new_prompt_version_against_the_baseline_is_inconclusive_until_the_labels_change()
    {
        c.Items(20);
        c.Labels([.. Enumerable.Range(0, 20).Select(i => (double)(i % 4))]);
        c.Scores("j.jsonl", [.. Enumerable.Range(0, 20).Select(i => (double?)(i % 4))]);
        const string Manifest = """
            version: 1
            task: { kind: pointwise, scale: { min: 0, max: 3 } }
            items: { path: items.jsonl, format: jsonl }
            humanLabels: { path: labels.jsonl, format: jsonl, labeledOn: 2026-11-20 }
            thresholds: { minCalibrationItems: 10 }
            judges:
              - id: j
                model: claude-3-5-sonnet
                promptVersion: rubric-v1
                judgments: { path: j.jsonl, format: jsonl }
            """;
        c.Run(Manifest);
        Assert.Equal(VerdictOutcome.Pass, c.Outcome.Results!.Verdict.Outcome);
        Assert.Equal("rubric-v1", c.Outcome.Results.Judge("j")!.Calibration!.PromptVersion);
        var baseline = c.Write("baseline.json", Engine.Reporting.Json.ResultsJson.Serialize(c.Outcome.Results));

        c.Run(Manifest.Replace("rubric-v1", "rubric-v2", StringComparison.Ordinal), baseline: baseline);

        var d = c.Single("JE2031", c.Line("id: j"));
        Assert.Contains("prompt changed (version 'rubric-v1' to 'rubric-v2') since the judge was calibrated", d.Message, StringComparison.Ordinal);
        Assert.Equal(VerdictOutcome.Inconclusive, c.Outcome.Results!.Verdict.Outcome);

        c.Labels([.. Enumerable.Range(0, 20).Select(i => (double)(i % 4)), 1], "labels.jsonl");
        c.Items(21);
        c.Scores("j.jsonl", [.. Enumerable.Range(0, 20).Select(i => (double?)(i % 4)), 1]);
        c.Run(Manifest.Replace("rubric-v1", "rubric-v2", StringComparison.Ordinal), baseline: baseline);

        Assert.False(c.Has("JE2031"));
        Assert.Contains("the human labels changed", c.Single("JE2032", c.Line("id: j")).Message, StringComparison.Ordinal);
        Assert.Equal(VerdictOutcome.Pass, c.Outcome.Results!.Verdict.Outcome);
    }

    public void Dispose() => c.Dispose();
}
