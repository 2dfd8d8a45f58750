using System.Text.Json.Nodes;

namespace JudgeEval.Engine.Tests.Reporting.Html.Browser;

/// <summary>One headless chromium for all browser tests of a class; the fixture reports written once to a temp folder.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    Chromium? browser;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "judgeeval-report-browser-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        if (Chromium.ExecutablePath is null && !Chromium.IsRoot)
        {
            return;
        }

        browser = await Chromium.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>The running chromium's DevTools address, for tests that open pages of their own (the labelling page).</summary>
    internal Uri Endpoint => (browser ?? throw new InvalidOperationException("chromium is not installed: test.sh installs Debian's chromium when run as root.")).Endpoint;

    /// <summary>Renders a fixture, opens it in a fresh page and waits for load; the session keeps every event for assertions.</summary>
    internal Task<LoadedPage> OpenAsync(string fixture, CancellationToken ct) => OpenFileAsync(SampleReports.Write(Folder, fixture), ct);

    /// <summary>Opens a report file already on disk (a sample manifest's run) the same way.</summary>
    internal async Task<LoadedPage> OpenFileAsync(string path, CancellationToken ct)
    {
        var chromium = browser ?? throw new InvalidOperationException("chromium is not installed: test.sh installs Debian's chromium when run as root.");
        var url = new Uri(path).AbsoluteUri;
        var session = await DevToolsSession.OpenPageAsync(chromium.Endpoint, ct);
        foreach (var domain in (string[])["Page.enable", "Runtime.enable", "Log.enable", "Network.enable"])
        {
            await session.PageAsync(domain, null, ct);
        }

        await session.PageAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject
        {
            ["source"] = "window.__violations = []; document.addEventListener('securitypolicyviolation', function (e) { window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });",
        }, ct);
        await session.PageAsync("Page.navigate", new JsonObject { ["url"] = url }, ct);
        await session.WaitForEventAsync("Page.loadEventFired", ct);
        // Let anything deferred (a timer an injected payload might set) run before the assertions.
        await session.EvaluateAsync("new Promise(function (r) { setTimeout(r, 200); })", ct);
        return new LoadedPage(session, url);
    }
}

sealed record LoadedPage(DevToolsSession Session, string Url) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Session.DisposeAsync();
}
