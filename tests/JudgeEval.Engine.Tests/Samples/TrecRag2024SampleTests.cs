using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Tests.Audit;

namespace JudgeEval.Engine.Tests.Samples;

/// <summary>
/// The TREC RAG 2024 sample: nine judges against the NIST qrels. Reference kappas were computed independently with
/// python3 in exact rational arithmetic (fractions.Fraction) from trec-rag-2024_judges.json and 2024-retrieval-qrels.txt:
/// quadratic weights 1 - (i-j)^2/9, over the items both rated; ensembles as the lower median of the present votes.
/// </summary>
public sealed class TrecRag2024SampleTests(TrecRag2024Run run) : IClassFixture<TrecRag2024Run>
{
    readonly RunOutcome outcome = run.Outcome;

    static string ManifestPath => Path.Combine(RepoRoot.Path, "samples", "TrecRag2024", "judgeeval.yaml");

    public static TheoryData<string, double, int> JudgeKappas => new()
    {
        { "opus", 0.479241112361166, 537 },
        { "sonnet", 0.512252019132753, 537 },
        { "gpt55", 0.478876163095430, 537 },
        { "gpt4o", 0.406536983246780, 537 },
        { "gemini31", 0.409209177639360, 127 },
        { "gemini25", 0.551284527718756, 92 },
        { "deepseek", 0.470495856722801, 212 },
        { "qwen", 0.414124404983197, 537 },
        { "gemma", 0.395847562899676, 537 },
    };

    [Fact]
    public void Runs_without_input_errors()
    {
        Assert.NotNull(outcome.Results);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.IsInputError);
        Assert.Equal(537, outcome.Results!.Items.Total);
        Assert.Equal(537, outcome.Results.Items.WithHumanLabel);
    }

    [Theory]
    [MemberData(nameof(JudgeKappas))]
    public void Each_judges_quadratic_kappa_equals_the_independent_computation(string judge, double kappa, int n)
    {
        var vs = outcome.Results!.Judges.Single(j => j.Id == judge).VsHuman!;
        Assert.Equal(KappaWeighting.Quadratic, vs.Weighting);
        Assert.Equal(n, vs.N);
        Assert.InRange(vs.Kappa, kappa - 1e-9, kappa + 1e-9);
        Assert.InRange(vs.Kappa, vs.KappaCi95.Lower, vs.KappaCi95.Upper);
        Assert.True(vs.KappaCi95.Lower < vs.KappaCi95.Upper);
    }

    [Theory]
    [InlineData("median-all9", 0.473873795298940)]
    [InlineData("median-frontier7", 0.513294841421836)]
    public void Each_median_ensembles_kappa_equals_the_independent_computation(string ensemble, double kappa)
    {
        var e = outcome.Results!.Ensembles.Single(x => x.Id == ensemble);
        Assert.Equal(537, e.VsHuman!.N);
        Assert.InRange(e.VsHuman.Kappa, kappa - 1e-9, kappa + 1e-9);
        Assert.InRange(e.VsHuman.Kappa, e.VsHuman.KappaCi95.Lower, e.VsHuman.KappaCi95.Upper);
    }

    [Theory]
    [MemberData(nameof(JudgeKappas))]
    public void Every_judge_fails_kappaFail_at_its_judge_entry(string judge, double kappa, int n)
    {
        _ = (kappa, n); // every reference kappa is below the default kappaFail 0.60
        var d = Assert.Single(outcome.Diagnostics, d => d.Code == "JE2002" && d.Message.StartsWith($"Judge '{judge}'", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, d.Severity);
        ManifestText.AssertAt(d, ManifestPath, ManifestText.Line(ManifestPath, "id: " + judge));
        Assert.DoesNotContain(outcome.Diagnostics, x => x.Code == "JE2001" && x.Message.StartsWith($"Judge '{judge}'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("median-all9", 0.6096808408060936)]
    [InlineData("median-frontier7", 0.6228348877728808)]
    public void Ensembles_are_compared_with_their_best_member_on_the_items_both_rated(string ensemble, double onCommon)
    {
        // Best member by kappa: gemini25 (0.551285, on its 92 valid items) in both ensembles.
        var e = outcome.Results!.Ensembles.Single(x => x.Id == ensemble);
        Assert.Equal("gemini25", e.BestMember);
        Assert.InRange(e.BestMemberKappa, 0.551284527718756 - 1e-9, 0.551284527718756 + 1e-9);
        // The member judged only 92 of 537 items; on those 92 the median ensembles agree with humans better than it does
        // (independent python3 computation: all9 0.6096808408060936, frontier7 0.6228348877728808 vs 0.5512845277187556),
        // so the comparison on common items raises no JE4001, although the ensembles' kappas on all items are lower.
        Assert.Equal(92, e.ComparedItems);
        Assert.InRange(e.BestMemberKappaCompared, 0.5512845277187556 - 1e-9, 0.5512845277187556 + 1e-9);
        Assert.InRange(e.EnsembleKappaCompared, onCommon - 1e-9, onCommon + 1e-9);
        Assert.True(e.VsHuman!.Kappa < e.BestMemberKappa);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "JE4001" && d.Message.Contains($"'{ensemble}'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_run_fails_with_exit_code_1()
    {
        Assert.Equal(VerdictOutcome.Fail, outcome.Results!.Verdict.Outcome);
        Assert.Equal(1, outcome.ExitCode);
    }

    [Fact]
    public void The_calibration_sample_is_large_enough_but_stale()
    {
        // 537 labelled items >= minCalibrationItems 500; labeledOn 2024-09-15 is 807 days before the fixed today 2026-12-01.
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "JE2004");
        var stale = Assert.Single(outcome.Diagnostics, d => d.Code == "JE2005");
        Assert.Contains("807 days", stale.Message, StringComparison.Ordinal);
        ManifestText.AssertAt(stale, ManifestPath, ManifestText.Line(ManifestPath, "labeledOn: 2024-09-15"));
    }
}

/// <summary>One run of the sample shared by the tests of <see cref="TrecRag2024SampleTests"/>.</summary>
public sealed class TrecRag2024Run
{
    public RunOutcome Outcome { get; } = SampleRuns.Run("TrecRag2024");
}
