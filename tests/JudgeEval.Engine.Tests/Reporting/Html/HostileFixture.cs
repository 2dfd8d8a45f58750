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
            VsHuman = j.VsHuman! with { Band = i == 0 ? ImgBreakout : j.VsHuman.Band },
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
            ProductScore = [new ProductScore { Source = Script, Outcome = GateOutcome.Inconclusive }],
            Routing = baseline.Routing! with { First = Script, Ensemble = ImgBreakout },
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
