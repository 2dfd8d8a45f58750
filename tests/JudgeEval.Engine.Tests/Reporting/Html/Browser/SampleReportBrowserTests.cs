using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Html;

namespace JudgeEval.Engine.Tests.Reporting.Html.Browser;

/// <summary>
/// The acceptance for the report on real data: each sample manifest's report in headless chromium has every section,
/// one heatmap cell per ordered judge pair, no console message, no request, no policy violation, and lays out at 1280 px.
/// </summary>
public class SampleReportBrowserTests(SampleRunFixture samples) : IClassFixture<SampleRunFixture>
{
    static CancellationToken Ct => CancellationToken.None;

    public static TheoryData<string> Samples => [.. SampleRunFixture.Samples];

    [ChromiumTheory]
    [MemberData(nameof(Samples))]
    public async Task Loads_clean_with_every_section_and_no_request(string sample)
    {
        await using var page = await samples.Browser.OpenFileAsync(samples.ReportPath(sample), Ct);
        var s = page.Session;

        Assert.Empty(s.Events("Runtime.exceptionThrown").Select(e => e.ToJsonString()));
        Assert.Empty(s.Events("Runtime.consoleAPICalled").Select(e => e.ToJsonString()));
        Assert.Empty(s.Events("Log.entryAdded").Select(e => e.ToJsonString()));
        Assert.Equal([page.Url], s.Events("Network.requestWillBeSent").Select(e => e["params"]!["request"]!["url"]!.GetValue<string>()));
        Assert.Equal("[]", await Text(s, "JSON.stringify(window.__violations)"));
        Assert.Equal("ready", await Text(s, "document.documentElement.getAttribute('data-script')"));
        var sections = await Text(s, "Array.prototype.map.call(document.querySelectorAll('main > section[id]'), function (e) { return e.id; }).join(' ')");
        Assert.Equal(string.Join(' ', SectionIds.All.Select(x => x.Id)), sections);
    }

    [ChromiumTheory]
    [MemberData(nameof(Samples))]
    public async Task The_heatmap_has_one_cell_per_ordered_judge_pair_showing_the_computed_kappa(string sample)
    {
        var results = samples.Results(sample);
        await using var page = await samples.Browser.OpenFileAsync(samples.ReportPath(sample), Ct);
        var s = page.Session;
        var n = results.Judges.Count;
        if (n < 2)
        {
            // One judge (MtBenchHumans: GPT-4 against several humans) has no pair: the section says so instead.
            Assert.Equal(0, await Int(s, "document.querySelectorAll('[data-kappa-cell]').length"));
            Assert.Contains("at least two judges", await Text(s, "document.querySelector('#agreement').textContent"), StringComparison.Ordinal);
            return;
        }

        Assert.Equal(n * n, await Int(s, "document.querySelectorAll('table.heatmap [data-kappa-cell]').length"));
        Assert.Equal(n * n, await Int(s, "new Set(Array.prototype.map.call(document.querySelectorAll('[data-kappa-cell]'), function (c) { return c.getAttribute('data-a') + '|' + c.getAttribute('data-b'); })).size"));
        Assert.Equal(n, await Int(s, "document.querySelectorAll('[data-kappa-cell].kself').length"));
        // Each pair's value is on the page twice (a×b and b×a), as results.json computed it.
        foreach (var pair in results.Agreement)
        {
            var shown = await Text(s, $"Array.prototype.filter.call(document.querySelectorAll('[data-kappa-cell]'), function (c) {{ var a = c.getAttribute('data-a'), b = c.getAttribute('data-b'); return (a === '{pair.A}' && b === '{pair.B}') || (a === '{pair.B}' && b === '{pair.A}'); }}).map(function (c) {{ return c.textContent; }}).join(' ')");
            Assert.Equal(Numbers.Fixed(pair.Kappa) + " " + Numbers.Fixed(pair.Kappa), shown);
        }

        // No family header is cut off (a one-judge family's column is narrow).
        Assert.Equal(0, await Int(s, "Array.prototype.filter.call(document.querySelectorAll('th.famhead'), function (t) { return t.scrollWidth > t.clientWidth + 1; }).length"));
    }

    [ChromiumTheory]
    [MemberData(nameof(Samples))]
    public async Task Lays_out_at_1280_pixels_without_sideways_scrolling(string sample)
    {
        await using var page = await samples.Browser.OpenFileAsync(samples.ReportPath(sample), Ct);
        var s = page.Session;

        Assert.True(await Int(s, "document.documentElement.scrollWidth") <= await Int(s, "window.innerWidth"));
        var overflowing = await Text(s, "Array.prototype.filter.call(document.querySelectorAll('.scroll'), function (d) { return d.scrollWidth > d.clientWidth + 1; }).map(function (d) { return d.firstElementChild.className; }).join(', ')");
        Assert.Equal(string.Empty, overflowing);
    }

    [ChromiumTheory]
    [MemberData(nameof(Samples))]
    public async Task Review_findings_and_gates_match_results_json(string sample)
    {
        var results = samples.Results(sample);
        await using var page = await samples.Browser.OpenFileAsync(samples.ReportPath(sample), Ct);
        var s = page.Session;

        Assert.Equal(results.Review.Count, await Int(s, "document.querySelectorAll('#review article.review-item').length"));
        if (results.Judges.Count >= 2)
        {
            // Disagreement needs two judges; with one the section has no count.
            Assert.Equal(results.Review.Count, await Int(s, "Number(document.querySelector('#review .count').getAttribute('data-shown'))"));
            Assert.Equal(Math.Max(results.ReviewCandidates, results.Review.Count), await Int(s, "Number(document.querySelector('#review .count').getAttribute('data-total'))"));
        }

        Assert.Equal(results.Findings.Count, await Int(s, "document.querySelectorAll('table.findings tbody tr').length"));
        var thresholds = results.Thresholds!;
        var labelled = results.Judges.Count(j => j.VsHuman is not null);
        // One kappaFail and one kappaWarn line per judge row's forest plot; none without human labels.
        Assert.Equal(labelled, await Int(s, "document.querySelectorAll('table.judges td.chart line.ref.fail').length"));
        Assert.Equal(labelled, await Int(s, "document.querySelectorAll('table.judges td.chart line.ref.warn').length"));
        Assert.Equal(results.Items.WithHumanLabel == 0, await Bool(s, "document.querySelector('#judges p.nolabels') !== null"));
        if (labelled > 0)
        {
            Assert.Contains("kappaFail " + Numbers.Fixed(thresholds.Value(ThresholdTable.KappaFail)), await Text(s, "document.querySelector('#judges p').textContent"), StringComparison.Ordinal);
        }

        Assert.Equal(results.Judges.Count(j => j.Coverage < thresholds.Value(ThresholdTable.CoverageMin)), await Int(s, "document.querySelectorAll('table.judges td.cov.below').length"));
        Assert.Equal(results.Judges.Count(j => j.VsHuman?.F1 < thresholds.Value(ThresholdTable.F1Min)), await Int(s, "document.querySelectorAll('table.judges td.f1.below').length"));
    }

    static async Task<string> Text(DevToolsSession s, string expression) => (await s.EvaluateAsync(expression, Ct))!.GetValue<string>();

    static async Task<int> Int(DevToolsSession s, string expression) => (await s.EvaluateAsync(expression, Ct))!.GetValue<int>();

    static async Task<bool> Bool(DevToolsSession s, string expression) => (await s.EvaluateAsync(expression, Ct))!.GetValue<bool>();
}
