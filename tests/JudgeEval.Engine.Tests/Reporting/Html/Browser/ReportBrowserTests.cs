namespace JudgeEval.Engine.Tests.Reporting.Html.Browser;

/// <summary>The rendered reports in headless chromium: scripts ran under the CSP, nothing was fetched, nothing hostile executed.</summary>
public class ReportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    static CancellationToken Ct => CancellationToken.None;

    [ChromiumTheory]
    [InlineData("pointwise-9-judges", 9)]
    [InlineData("pairwise-4-judges", 4)]
    [InlineData("heatmap-15-judges", 15)]
    [InlineData("hostile", 9)]
    public async Task Loads_with_no_error_no_request_and_no_policy_violation(string fixture, int judges)
    {
        await using var page = await browser.OpenAsync(fixture, Ct);
        var s = page.Session;

        Assert.Empty(s.Events("Runtime.exceptionThrown").Select(e => e.ToJsonString()));
        Assert.Empty(s.Events("Runtime.consoleAPICalled").Select(e => e.ToJsonString()));
        Assert.Empty(s.Events("Log.entryAdded").Where(e => e["params"]?["entry"]?["level"]?.GetValue<string>() is "error" or "warning").Select(e => e.ToJsonString()));
        var requests = s.Events("Network.requestWillBeSent").Select(e => e["params"]!["request"]!["url"]!.GetValue<string>()).ToList();
        Assert.Equal([page.Url], requests);
        Assert.Equal("[]", (await s.EvaluateAsync("JSON.stringify(window.__violations)", Ct))!.GetValue<string>());
        // The hashed script ran (CSP allowed it) and finished.
        Assert.Equal("ready", (await s.EvaluateAsync("document.documentElement.getAttribute('data-script')", Ct))!.GetValue<string>());
        Assert.Equal(judges * judges, (await s.EvaluateAsync("document.querySelectorAll('[data-kappa-cell]').length", Ct))!.GetValue<int>());
    }

    [ChromiumFact]
    public async Task Hostile_payloads_neither_became_elements_nor_ran()
    {
        await using var page = await browser.OpenAsync("hostile", Ct);
        var s = page.Session;

        Assert.False((await s.EvaluateAsync("typeof window.__pwned !== 'undefined' || (window.parent && typeof window.parent.__pwned !== 'undefined')", Ct))!.GetValue<bool>());
        // The title is the manifest name as text; had the payload run, it would be exactly "PWNED".
        Assert.Equal("JudgeEval report: " + HostileFixture.Script + HostileFixture.Unicode.Replace('\u202E', '\uFFFD').Replace('\u202C', '\uFFFD'), (await s.EvaluateAsync("document.title", Ct))!.GetValue<string>());
        Assert.Equal(0, (await s.EvaluateAsync("document.querySelectorAll('img, iframe, object, embed, link, style:not(head > style), script:not(body > script:last-of-type)').length", Ct))!.GetValue<int>());
        Assert.Equal(1, (await s.EvaluateAsync("document.scripts.length", Ct))!.GetValue<int>());
        var handlers = await s.EvaluateAsync(
            "Array.prototype.slice.call(document.querySelectorAll('*')).filter(function (el) { return Array.prototype.some.call(el.attributes, function (a) { return /^on/i.test(a.name) || a.name === 'style'; }); }).length", Ct);
        Assert.Equal(0, handlers!.GetValue<int>());
        var links = (await s.EvaluateAsync("JSON.stringify(Array.prototype.map.call(document.querySelectorAll('a[href]'), function (a) { return a.protocol; }))", Ct))!.GetValue<string>();
        Assert.DoesNotContain("javascript:", links, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", links, StringComparison.Ordinal);
        // The payload is on the page as text.
        Assert.Contains("<script>document.title='PWNED'", (await s.EvaluateAsync("document.body.textContent", Ct))!.GetValue<string>(), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Clicking_a_header_sorts_the_judges_and_again_reverses()
    {
        await using var page = await browser.OpenAsync("pointwise-9-judges", Ct);
        var s = page.Session;
        const string click = "(function () { var th = Array.prototype.find.call(document.querySelectorAll('table.judges thead th'), function (t) { return t.textContent.trim() === 'κ'; }); th.querySelector('button.sort').click(); return th.getAttribute('aria-sort'); })()";
        const string first = "document.querySelector('table.judges tbody tr').getAttribute('data-judge')";

        Assert.Equal("opus", (await s.EvaluateAsync(first, Ct))!.GetValue<string>());
        Assert.Equal("ascending", (await s.EvaluateAsync(click, Ct))!.GetValue<string>());
        Assert.Equal("gemini31", (await s.EvaluateAsync(first, Ct))!.GetValue<string>()); // lowest kappa, 0.41
        Assert.Equal("descending", (await s.EvaluateAsync(click, Ct))!.GetValue<string>());
        Assert.Equal("gemini25", (await s.EvaluateAsync(first, Ct))!.GetValue<string>()); // highest kappa, 0.66
    }

    [ChromiumFact]
    public async Task Expand_all_opens_every_review_item_and_is_hidden_until_the_script_runs()
    {
        await using var page = await browser.OpenAsync("pointwise-9-judges", Ct);
        var s = page.Session;

        Assert.False((await s.EvaluateAsync("document.getElementById('expand-all').hidden", Ct))!.GetValue<bool>());
        Assert.Equal(0, (await s.EvaluateAsync("document.querySelectorAll('#review details[open]').length", Ct))!.GetValue<int>());
        await s.EvaluateAsync("document.getElementById('expand-all').click()", Ct);
        var (open, all) = ((await s.EvaluateAsync("document.querySelectorAll('#review details[open]').length", Ct))!.GetValue<int>(), (await s.EvaluateAsync("document.querySelectorAll('#review details').length", Ct))!.GetValue<int>());
        Assert.True(all > 0);
        Assert.Equal(all, open);
        Assert.Equal("Collapse all", (await s.EvaluateAsync("document.getElementById('expand-all').textContent", Ct))!.GetValue<string>());
    }

    [ChromiumFact]
    public async Task Every_chart_has_a_text_alternative_and_every_table_a_caption()
    {
        await using var page = await browser.OpenAsync("pairwise-4-judges", Ct);
        var s = page.Session;

        Assert.Equal(0, (await s.EvaluateAsync("Array.prototype.filter.call(document.querySelectorAll('svg'), function (g) { return g.getAttribute('role') !== 'img' || !g.getAttribute('aria-label'); }).length", Ct))!.GetValue<int>());
        Assert.Equal(0, (await s.EvaluateAsync("Array.prototype.filter.call(document.querySelectorAll('table'), function (t) { return !t.caption || !t.caption.textContent.trim(); }).length", Ct))!.GetValue<int>());
        Assert.True((await s.EvaluateAsync("document.querySelectorAll('svg').length", Ct))!.GetValue<int>() > 10);
    }
}
