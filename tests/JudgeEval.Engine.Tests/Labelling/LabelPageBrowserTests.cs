using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Import;
using JudgeEval.Engine.Labelling;
using JudgeEval.Engine.Tests.Reporting.Html.Browser;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>`judgeeval label` as a person uses it: the real command, the real page in headless chromium, the keyboard only.</summary>
public class LabelPageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    const string Hostile = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">\"'><svg onload=\"window.__pwned = 3\"></svg></p><iframe src=\"javascript:window.__pwned = 4\"></iframe>{{text}} &amp; \u202Eevil";

    static IReadOnlyList<string> Expected(LabelEval eval, params string[] options)
    {
        var ws = LabelWorkspaces.Prepare(eval.Manifest, "alice", options);
        return [.. ws.Selection.Select(i => ws.Data.Items[i].Id)];
    }

    static List<JsonNode> Rows(string file) => [.. File.ReadAllLines(file).Select(l => JsonNode.Parse(l)!)];

    [ChromiumFact]
    public async Task Five_items_labelled_with_the_keyboard_survive_a_reload_and_the_server_stopping()
    {
        using var eval = new LabelEval(items: 20);
        var expected = Expected(eval);
        await using var run = await LabelRun.StartAsync(eval.Manifest, "--annotator", "alice");
        await using var tab = await LabelTab.OpenAsync(browser, run.Url);

        Assert.Equal(expected[0], await tab.ItemIdAsync());
        var body = await tab.StringAsync("document.body.textContent");
        Assert.All((string[])["opus", "gpt4o", "gemma", "claude", "gpt-4o"], blind => Assert.DoesNotContain(blind, body, StringComparison.Ordinal));
        for (var k = 0; k < 5; k++)
        {
            await tab.PressAsync((k % 4).ToString(CultureInfo.InvariantCulture));
            Assert.Equal(expected[k + 1], await tab.ItemIdAsync());
        }

        Assert.Equal($"Saved \u201c0\u201d for item 5 ({expected[4]}).", await tab.TextOfAsync("status"));
        await tab.KeyAsync("j");
        await WaitUntil(async () => await tab.StringAsync("String(document.getElementById('judges').hidden)") == "false");
        Assert.Equal(3, (await tab.EvaluateAsync("document.querySelectorAll('#judges-rows tr').length"))!.GetValue<int>());
        Assert.Equal(expected[4], await tab.TextOfAsync("judges-item"));

        await tab.ReloadAsync();

        Assert.Equal(expected[5], await tab.ItemIdAsync());
        Assert.StartsWith("5 of ", await tab.TextOfAsync("progress-session-text"), StringComparison.Ordinal);
        Assert.Empty(await tab.NoiseAsync());
        Assert.All(tab.Requests(), url => Assert.StartsWith(run.Origin + "/", url, StringComparison.Ordinal));
        Assert.Equal(0, await run.StopAsync());

        var rows = Rows(eval.LabelsFile("alice"));
        Assert.Equal(expected.Take(5), rows.Select(r => r["id"]!.GetValue<string>()));
        Assert.Equal([0, 1, 2, 3, 0], rows.Select(r => r["label"]!.GetValue<int>()));
        Assert.All(rows, r => Assert.Equal("alice", r["annotator"]!.GetValue<string>()));
        Assert.Contains("5 labels saved", run.Stderr, StringComparison.Ordinal);
        var imported = Importers.Import(
            new SourceSpec { Path = eval.LabelsFile("alice"), Format = "jsonl", BaseDirectory = eval.Folder, DeclaredAt = SourceLocation.At(eval.Manifest, 1, 1) },
            DataRole.HumanLabels,
            TaskKind.Pointwise);
        Assert.Empty(imported.Diagnostics);
        Assert.Equal(5, imported.Labels.Count);
    }

    [ChromiumFact]
    public async Task Without_the_token_every_request_is_refused()
    {
        using var eval = new LabelEval();
        await using var run = await LabelRun.StartAsync(eval.Manifest, "--annotator", "alice");
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(new Uri(run.Origin + "/"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(new Uri(run.Origin + "/?token=" + run.Token[..^2]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(new Uri(run.Origin + "/favicon.ico"))).StatusCode);
        using var post = new StringContent("{\"client\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsync(new Uri(run.Origin + "/api/current?token=" + run.Token), post)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(run.Url))).StatusCode);

        await using var tab = await LabelTab.OpenAsync(browser, run.Origin + "/", waitForItem: false);
        Assert.StartsWith("forbidden", await tab.StringAsync("document.body.textContent"), StringComparison.Ordinal);
        var status = tab.Session.Events("Network.responseReceived").Select(e => e["params"]!["response"]!["status"]!.GetValue<int>()).First();
        Assert.Equal(403, status);
        Assert.Equal(0, new FileInfo(eval.LabelsFile("alice")).Length);
    }

    [ChromiumFact]
    public async Task Item_text_with_script_and_markup_stays_inert_text()
    {
        using var eval = new LabelEval(items: 8, text: i => Hostile + i.ToString(CultureInfo.InvariantCulture));
        await using var run = await LabelRun.StartAsync(eval.Manifest, "--annotator", "alice", "--take", "random", "--count", "3");
        await using var tab = await LabelTab.OpenAsync(browser, run.Url);

        var id = await tab.ItemIdAsync();
        Assert.Equal(Hostile + id["item-".Length..].TrimStart('0').PadLeft(1, '0'), await tab.TextOfAsync("text"));
        await tab.PressAsync("1");
        await tab.KeyAsync("j");
        await WaitUntil(async () => await tab.StringAsync("String(document.getElementById('judges').hidden)") == "false");
        await tab.EvaluateAsync("new Promise(function (r) { setTimeout(r, 200); })");

        Assert.Equal("undefined", await tab.StringAsync("typeof window.__pwned"));
        Assert.Equal(0, (await tab.EvaluateAsync("document.querySelectorAll('img, iframe, svg, object, embed, #item script').length"))!.GetValue<int>());
        Assert.Equal(1, (await tab.EvaluateAsync("document.scripts.length"))!.GetValue<int>());
        Assert.Equal(0, (await tab.EvaluateAsync(
            "Array.prototype.filter.call(document.querySelectorAll('*'), function (el) { return Array.prototype.some.call(el.attributes, function (a) { return /^on/i.test(a.name) || a.name === 'style'; }); }).length"))!.GetValue<int>());
        Assert.Empty(await tab.NoiseAsync());
    }

    [ChromiumFact]
    public async Task Two_tabs_a_second_server_of_the_same_annotator_and_another_annotator_keep_every_row()
    {
        using var eval = new LabelEval(items: 40);
        var shared = Path.Combine(eval.Folder, "shared.jsonl");
        string[] Options(string annotator) => [eval.Manifest, "--annotator", annotator, "--labels", shared, "--take", "random", "--count", "30"];
        await using var alice = await LabelRun.StartAsync(Options("alice"));
        await using var aliceAgain = await LabelRun.StartAsync(Options("alice"));
        await using var bob = await LabelRun.StartAsync(Options("bob"));
        await using var first = await LabelTab.OpenAsync(browser, alice.Url);
        await using var second = await LabelTab.OpenAsync(browser, alice.Url);
        await using var third = await LabelTab.OpenAsync(browser, aliceAgain.Url);
        await using var fourth = await LabelTab.OpenAsync(browser, bob.Url);
        var tabs = new[] { first, second, third, fourth };
        var saved = new int[tabs.Length];
        var refused = new int[tabs.Length];

        Assert.NotEqual(await first.ItemIdAsync(), await second.ItemIdAsync());
        Assert.Equal(await first.ItemIdAsync(), await third.ItemIdAsync());
        Assert.Equal(await first.ItemIdAsync(), await fourth.ItemIdAsync());
        for (var round = 0; round < 20 && saved.Any(s => s < 4); round++)
        {
            for (var t = 0; t < tabs.Length; t++)
            {
                if (saved[t] < 4)
                {
                    var ok = await LabelOrMoveOn(tabs[t], round % 4);
                    saved[t] += ok ? 1 : 0;
                    refused[t] += ok ? 0 : 1;
                }
            }
        }

        await alice.StopAsync();
        await aliceAgain.StopAsync();
        await bob.StopAsync();
        var rows = Rows(shared);
        var ids = rows.ToLookup(r => r["annotator"]!.GetValue<string>(), r => r["id"]!.GetValue<string>());
        Assert.Equal([4, 4, 4, 4], saved);

        // The second Alice server's first item was the one her first tab labelled first: refused, never written twice.
        Assert.True(refused[2] > 0);
        Assert.Equal(0, refused[3]);
        Assert.Equal(16, rows.Count);
        Assert.Equal(12, ids["alice"].Distinct().Count());
        Assert.Equal(4, ids["bob"].Distinct().Count());

        // Bob was offered the items Alice labelled: the first four of the same selection.
        Assert.Subset(ids["alice"].ToHashSet(), ids["bob"].ToHashSet());
        foreach (var tab in tabs)
        {
            Assert.Empty(await tab.NoiseAsync());
        }
    }

    [ChromiumFact]
    public async Task Pairwise_outputs_are_shown_in_a_recorded_random_order_that_saving_undoes()
    {
        using var eval = new LabelEval(items: 10, pairwise: true);
        await using var run = await LabelRun.StartAsync(eval.Manifest, "--annotator", "alice", "--take", "random", "--count", "10");
        await using var tab = await LabelTab.OpenAsync(browser, run.Url);
        var left = new Dictionary<string, string>();

        Assert.DoesNotContain("claude", await tab.StringAsync("document.body.textContent"), StringComparison.Ordinal);
        for (var k = 0; k < 10; k++)
        {
            left[await tab.ItemIdAsync()] = await tab.TextOfAsync("left");
            await tab.PressAsync(k % 3 == 2 ? "t" : "1");
        }

        await run.StopAsync();
        var rows = Rows(eval.LabelsFile("alice"));
        Assert.Equal(10, rows.Count);
        foreach (var row in rows)
        {
            var id = row["id"]!.GetValue<string>();
            var firstShownLeft = left[id].StartsWith("first answer", StringComparison.Ordinal);
            Assert.Equal(firstShownLeft ? "original" : "swapped", row["order"]!.GetValue<string>());
            Assert.Contains(row["label"]!.GetValue<string>(), (string[])["tie", firstShownLeft ? "first" : "second"]);
        }

        Assert.Contains(rows, r => r["order"]!.GetValue<string>() == "original" && r["label"]!.GetValue<string>() == "first");
        Assert.Contains(rows, r => r["order"]!.GetValue<string>() == "swapped" && r["label"]!.GetValue<string>() == "second");
        Assert.Empty(await tab.NoiseAsync());
    }

    /// <summary>Presses a grade; when another session of the same annotator labelled the item meanwhile the page says so, and N moves on.</summary>
    static async Task<bool> LabelOrMoveOn(LabelTab tab, int grade)
    {
        var before = await tab.RendersAsync();
        await tab.KeyAsync(grade.ToString(CultureInfo.InvariantCulture));
        await WaitUntil(async () => await tab.RendersAsync() > before && await tab.StringAsync("document.documentElement.getAttribute('data-busy')") == "0");
        var status = await tab.TextOfAsync("status");
        if (status.StartsWith("Saved", StringComparison.Ordinal))
        {
            return true;
        }

        Assert.Contains("You have already labelled this item", await tab.TextOfAsync("problem"), StringComparison.Ordinal);

        await tab.PressAsync("n");
        return false;
    }

    static async Task WaitUntil(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
