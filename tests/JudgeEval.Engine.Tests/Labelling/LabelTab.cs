using System.Globalization;
using System.Text.Json.Nodes;
using JudgeEval.Engine.Tests.Reporting.Html.Browser;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>A browser tab on the labelling page, driven through DevTools: real key events, reloads, the page's own state attributes.</summary>
sealed class LabelTab(DevToolsSession session) : IAsyncDisposable
{
    static CancellationToken Ct => CancellationToken.None;

    public DevToolsSession Session => session;

    /// <summary>A new tab on <paramref name="url"/>, loaded and (unless told not to) rendered once; CSP violations are collected from the start.</summary>
    public static async Task<LabelTab> OpenAsync(BrowserFixture browser, string url, bool waitForItem = true)
    {
        var tab = new LabelTab(await DevToolsSession.OpenPageAsync(browser.Endpoint, Ct));
        await tab.NavigateAsync(url, waitForItem);
        return tab;
    }

    public async Task NavigateAsync(string url, bool waitForItem)
    {
        foreach (var domain in (string[])["Page.enable", "Runtime.enable", "Log.enable", "Network.enable"])
        {
            await session.PageAsync(domain, null, Ct);
        }

        await session.PageAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject
        {
            ["source"] = "window.__violations = []; document.addEventListener('securitypolicyviolation', function (e) { window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });",
        }, Ct);
        await Loaded(() => session.PageAsync("Page.navigate", new JsonObject { ["url"] = url }, Ct));
        if (waitForItem)
        {
            await WaitForRenderAsync(0);
        }
    }

    public async Task ReloadAsync()
    {
        await Loaded(() => session.PageAsync("Page.reload", new JsonObject { ["ignoreCache"] = true }, Ct));
        await WaitForRenderAsync(0);
    }

    /// <summary>Presses a key as a person does (keyDown with its text, keyUp) and waits for the page to show the answer.</summary>
    public async Task PressAsync(string key)
    {
        var before = await RendersAsync();
        await KeyAsync(key);
        await WaitForRenderAsync(before);
    }

    public async Task KeyAsync(string key)
    {
        var (code, vk) = key.Length == 1 && char.IsDigit(key[0])
            ? ("Digit" + key, (int)key[0])
            : key.Length == 1 ? ("Key" + key.ToUpperInvariant(), (int)char.ToUpperInvariant(key[0])) : (key, 0);
        var down = new JsonObject { ["type"] = "keyDown", ["key"] = key, ["code"] = code, ["windowsVirtualKeyCode"] = vk, ["nativeVirtualKeyCode"] = vk };
        if (key.Length == 1)
        {
            down["text"] = key;
            down["unmodifiedText"] = key;
        }

        await session.PageAsync("Input.dispatchKeyEvent", down, Ct);
        await session.PageAsync("Input.dispatchKeyEvent", new JsonObject { ["type"] = "keyUp", ["key"] = key, ["code"] = code, ["windowsVirtualKeyCode"] = vk, ["nativeVirtualKeyCode"] = vk }, Ct);
    }

    public async Task<int> RendersAsync() =>
        int.Parse(await StringAsync("document.documentElement.getAttribute('data-renders') || '0'"), CultureInfo.InvariantCulture);

    /// <summary>Waits until the page rendered again after <paramref name="before"/> renders and no call is in flight.</summary>
    public async Task WaitForRenderAsync(int before)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await RendersAsync() <= before || await StringAsync("document.documentElement.getAttribute('data-busy')") != "0")
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new TimeoutException("the page did not render; it shows: " + await TextOfAsync("problem"));
            }

            await Task.Delay(20);
        }
    }

    public async Task<string> StringAsync(string expression) => (await session.EvaluateAsync(expression, Ct))?.GetValue<string>() ?? "";

    public async Task<JsonNode?> EvaluateAsync(string expression) => await session.EvaluateAsync(expression, Ct);

    public Task<string> ItemIdAsync() => StringAsync("document.documentElement.getAttribute('data-item')");

    public Task<string> TextOfAsync(string id) => StringAsync($"document.getElementById('{id}').textContent");

    /// <summary>Console messages, exceptions, warnings and CSP violations the page produced (none expected).</summary>
    public async Task<IReadOnlyList<string>> NoiseAsync()
    {
        var noise = session.Events("Runtime.exceptionThrown").Concat(session.Events("Runtime.consoleAPICalled"))
            .Concat(session.Events("Log.entryAdded").Where(e => e["params"]?["entry"]?["level"]?.GetValue<string>() is "error" or "warning"))
            .Select(e => e.ToJsonString()).ToList();
        noise.AddRange(JsonNode.Parse(await StringAsync("JSON.stringify(window.__violations || [])"))!.AsArray().Select(v => "CSP: " + v));
        return noise;
    }

    /// <summary>Every URL the tab requested.</summary>
    public IReadOnlyList<string> Requests() =>
        [.. session.Events("Network.requestWillBeSent").Select(e => e["params"]!["request"]!["url"]!.GetValue<string>())];

    /// <summary>A PNG of the whole page at <paramref name="width"/> CSS pixels, in the light or dark colour scheme.</summary>
    public async Task<byte[]> ScreenshotAsync(int width, bool dark)
    {
        await session.PageAsync("Emulation.setEmulatedMedia", new JsonObject
        {
            ["features"] = new JsonArray(new JsonObject { ["name"] = "prefers-color-scheme", ["value"] = dark ? "dark" : "light" }),
        }, Ct);
        await session.PageAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false }, Ct);
        var height = Math.Min((await session.EvaluateAsync("document.documentElement.scrollHeight", Ct))!.GetValue<int>(), 3000);
        var shot = await session.PageAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = width, ["height"] = height, ["scale"] = 1 },
        }, Ct);
        return Convert.FromBase64String(shot["data"]!.GetValue<string>());
    }

    async Task Loaded(Func<Task> navigate)
    {
        var before = session.Events("Page.loadEventFired").Count();
        await navigate();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (session.Events("Page.loadEventFired").Count() <= before)
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public ValueTask DisposeAsync() => session.DisposeAsync();
}
