using JudgeEval.Engine.Tests.Reporting.Html.Browser;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>One headless chromium for a class of labelling-page tests (the report tests' launcher and DevTools client).</summary>
public sealed class LabelBrowser : IAsyncLifetime
{
    Chromium? browser;

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
    }

    /// <summary>A new tab on <paramref name="url"/>, loaded and rendered once; CSP violations are collected from the start.</summary>
    internal async Task<LabelTab> OpenAsync(string url, bool waitForItem = true)
    {
        var chromium = browser ?? throw new InvalidOperationException("chromium is not installed: test.sh installs Debian's chromium when run as root.");
        var tab = new LabelTab(await DevToolsSession.OpenPageAsync(chromium.Endpoint, CancellationToken.None));
        await tab.NavigateAsync(url, waitForItem);
        return tab;
    }
}
