using JudgeEval.Engine.Statistics.Annotators;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Ensembles;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Tests.Reporting.Html;

/// <summary>
/// The pointwise fixture with attacker-controlled text in every string the report prints: judge ids, models, families,
/// messages, paths, help links, metric names, item text. Each payload, if it ever became markup, would set
/// document.title or window.__pwned, which the browser test checks.
/// </summary>
static class HostileFixture
{
    public const string Script = "<script>document.title='PWNED';window.__pwned=1</script>";
    public const string ImgBreakout = "\"><img src=x onerror=\"window.__pwned=2\">";
    public const string SingleQuoteBreakout = "' onmouseover='window.__pwned=3' x='";
    public const string StyleBreakout = "</style><script>window.__pwned=4</script><style>";
    public const string SvgBreakout = "</title></text></svg><svg onload=\"window.__pwned=5\">";
    public const string JavascriptUri = "javascript:window.__pwned=6";
    public const string Comment = "<!-- --><iframe srcdoc=\"<script>parent.__pwned=7</script>\"></iframe>";
    public const string Unicode = "Ωmega — 日本語 🚀 \u202Eevil\u202C émoji";
    public const string ControlAndLoneSurrogate = "bell\u0007 nul\u0000 lone\uD800 end";

    public static readonly string[] Payloads = [Script, ImgBreakout, SingleQuoteBreakout, StyleBreakout, SvgBreakout, JavascriptUri, Comment];

    public static EvalResults Build()
    {
        var baseline = ReportFixtures.Pointwise9();
        var judges = baseline.Judges.Select((j, i) => j with
        {
            Id = i == 0 ? Script : i == 1 ? ImgBreakout : i == 2 ? SingleQuoteBreakout : j.Id,
            Name = StyleBreakout,
            Model = i == 3 ? SvgBreakout : j.Model + Unicode,
            Family = i < 3 ? ImgBreakout : j.Family,
            Provider = Comment,
            Missing = new() { [Script] = 3 },
            VsHuman = j.VsHuman! with
            {
                Band = i == 0 ? ImgBreakout : j.VsHuman.Band,
                AltTest = new AltTestResult
                {
                    WinningRate = 0.5,
                    Passed = true,
                    Epsilon = 0.2,
                    PerAnnotator = [new AltTestAnnotator(Script, 40, 0.8, 0.7, 0.01, Tested: true, Rejected: true), new AltTestAnnotator(SvgBreakout + Unicode, 40, 0.6, 0.9, 0.5, Tested: true, Rejected: false)],
                },
            },
            Metrics = new() { [Script] = 0.5, ["ndcg@10"] = j.Metrics!["ndcg@10"] },
        }).ToList();
        var ids = judges.Select(j => j.Id).ToList();
        return baseline with
        {
            Manifest = new ManifestInfo("/repo/" + SvgBreakout + "/judgeeval.yaml", Script + Unicode, ImgBreakout, StyleBreakout, EvalPurpose.Safety),
            Verdict = new RunVerdict(VerdictOutcome.Fail, 1, 1, [Script, "JE2002"]),
            Judges = judges,
            Agreement = [.. baseline.Agreement.Select(a => a with { A = ids[Index(a.A, baseline)], B = ids[Index(a.B, baseline)] })],
            MetricSpread = Engine.Analysis.MetricSpreadAnalyzer.Analyze(judges),
            Ensembles = [.. baseline.Ensembles.Select(e => e with { Id = Script, Members = ids, BestMember = SingleQuoteBreakout })],
            Review =
            [
                new ReviewItem
                {
                    ItemId = ImgBreakout, Query = Script, Text = string.Concat(Enumerable.Repeat(Script + StyleBreakout + Unicode + ControlAndLoneSurrogate + " ", 30)),
                    TextB = SvgBreakout, Model = JavascriptUri, ModelB = Comment, Human = 2,
                    Verdicts = ids.ToDictionary(id => id, _ => (double?)1), Disagreement = 1, Outlier = Script,
                },
            ],
            Independence = new Independence { Judges = [new JudgeRelation(Script, ProductRelation.SameFamily, StyleBreakout)], Providers = [Comment], EffectiveIndependentJudges = 1 },
            SelfPreference = [new SelfPreference { JudgeId = Script, Family = ImgBreakout, RelatedModels = [SvgBreakout], Test = SignificanceTest.PairedSignFlip, Difference = 0.1, DifferenceCi95 = new(0, 0.2) }],
            ProductScore = [new ProductScore { Source = Script, Outcome = GateOutcome.Inconclusive, Producers = [Comment, ImgBreakout], Items = 3 }],
            Items = baseline.Items with { UnresolvedProducers = new() { [ImgBreakout] = 3, [Script] = 1 } },
            Humans = new HumanCeiling { Annotators = 2, Items = 10, ItemsWithSeveral = 10, MeanPairwiseKappa = 0.5, Alpha = 0.5 },
            Slices =
            [
                new SliceResult
                {
                    Field = "tag:" + StyleBreakout,
                    Value = SvgBreakout + ControlAndLoneSurrogate,
                    Items = 5,
                    Labelled = 5,
                    Judges = [new SliceJudge { Id = Script, N = 5, Kappa = 0.3, KappaCi95 = new(0.1, 0.5), SelfPreference = new SelfPreferenceSplit { OwnN = 2, OtherN = 3 } }],
                },
            ],
            Routing = baseline.Routing! with { First = Script, Ensemble = ImgBreakout },
            History = new RunHistory
            {
                Path = Script,
                Earlier = 1,
                Runs = [.. Enumerable.Range(0, 2).Select(i => new HistoryRun
                {
                    Date = ReportFixtures.FixedTime.AddDays(i),
                    Commit = JavascriptUri,
                    Branch = ImgBreakout,
                    Tool = SvgBreakout,
                    Catalog = Comment,
                    Verdict = VerdictOutcome.Fail,
                    Judges = [.. judges.Select(j => new HistoryJudge { Id = j.Id, Model = j.Model, Kappa = j.VsHuman!.Kappa, KappaCi95 = j.VsHuman.KappaCi95 })],
                })],
            },
            Findings =
            [
                new Finding(Script, Severity.Warning, Script + Unicode + ControlAndLoneSurrogate, "/repo/" + ImgBreakout, 3, 4, 3, 9, JavascriptUri),
                new Finding("JE2002", Severity.Error, SvgBreakout, JavascriptUri, 1, 1, null, null, "data:text/html,<script>window.__pwned=8</script>"),
                new Finding("JE2001", Severity.Info, Comment, "relative/" + StyleBreakout + ".yaml", null, null, null, null, null),
            ],
        };
    }

    static int Index(string id, EvalResults baseline) => baseline.Judges.FindIndex(j => j.Id == id);
}
