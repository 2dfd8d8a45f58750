using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Tests.Reporting.Html.Browser;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>
/// The labelling page on the samples' real data: WithinCorpus (pointwise 0-3, with a rubric) and MT-Bench (pairwise, its
/// expert labels left out so there is something to label). With JUDGEEVAL_LABEL_SCREENSHOTS=dir it also writes the
/// pictures in docs/images (tools/screenshots.sh sets it).
/// </summary>
public sealed class LabelSamplePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    const string Rubric = """
          rubric:
            instructions: How well does the retrieved passage answer the query? Grade it as a search result, on the scale the nine judges used.
            grades: { 0: not relevant, 1: marginally relevant, 2: relevant, 3: highly relevant }
        """;

    readonly string folder = Directory.CreateTempSubdirectory("judgeeval-label-samples-").FullName;

    static string? ShotsFolder => Environment.GetEnvironmentVariable("JUDGEEVAL_LABEL_SCREENSHOTS") is { Length: > 0 } dir ? dir : null;

    /// <summary>The sample's manifest with absolute data paths, written to a temp folder so labels land there.</summary>
    string Copy(string sample, Func<string, string> edit)
    {
        var data = Path.Combine(RepoRoot.Path, "samples", "data").Replace('\\', '/') + "/";
        var text = File.ReadAllText(Path.Combine(RepoRoot.Path, "samples", sample, "judgeeval.yaml")).Replace("../data/", data, StringComparison.Ordinal);
        var path = Path.Combine(folder, sample + ".yaml");
        File.WriteAllText(path, edit(text));
        return path;
    }

    [ChromiumFact]
    public async Task WithinCorpus_shows_the_most_disputed_passage_with_its_rubric()
    {
        var manifest = Copy("WithinCorpus", t => t.Replace("  weighting: quadratic\n", "  weighting: quadratic\n" + Rubric + "\n", StringComparison.Ordinal));
        var data = LabelWorkspaces.Prepare(manifest, "ana").Data;
        await using var run = await LabelRun.StartAsync(manifest, "--annotator", "ana");
        await using var tab = await LabelTab.OpenAsync(browser, run.Url);

        Assert.Equal(ReviewSelector.Select(data, 1).Items[0].ItemId, await tab.ItemIdAsync());
        Assert.StartsWith("How well does the retrieved passage", await tab.StringAsync("document.querySelector('.rubric p').textContent"), StringComparison.Ordinal);
        Assert.Equal("0not relevant|1marginally relevant|2relevant|3highly relevant", await tab.StringAsync(
            "Array.prototype.map.call(document.querySelectorAll('button.choice'), function (b) { return b.textContent; }).join('|')"));
        await tab.PressAsync("1");
        await tab.PressAsync("2");
        await tab.KeyAsync("j");
        await tab.EvaluateAsync("new Promise(function (r) { setTimeout(r, 300); })");
        Assert.Equal(9, (await tab.EvaluateAsync("document.querySelectorAll('#judges-rows tr').length"))!.GetValue<int>());
        Assert.Empty(await tab.NoiseAsync());
        await Photograph(tab, "label-WithinCorpus");
    }

    [ChromiumFact]
    public async Task MtBench_shows_both_answers_side_by_side_without_their_models()
    {
        var manifest = Copy("MtBench", t => System.Text.RegularExpressions.Regex.Replace(t, "(?m)^humanLabels:\n(  .*\n)+", "")
            .Replace("  kind: pairwise\n", "  kind: pairwise\n  rubric: { instructions: Which response answers the user's request better? Judge helpfulness and correctness; ignore length and which side it is on. }\n", StringComparison.Ordinal));
        await using var run = await LabelRun.StartAsync(manifest, "--annotator", "ana");
        await using var tab = await LabelTab.OpenAsync(browser, run.Url);

        Assert.NotEmpty(await tab.TextOfAsync("left"));
        Assert.NotEmpty(await tab.TextOfAsync("right"));
        // The manifest's name mentions the product (GPT-4); the item and the rest of the page name no judge and no model.
        var item = await tab.StringAsync("document.querySelector('main').textContent");
        var body = await tab.StringAsync("document.body.textContent");
        Assert.All((string[])["gpt-4", "gpt-3.5", "claude", "llama", "vicuna", "palm", "alpaca"], model => Assert.DoesNotContain(model, item, StringComparison.OrdinalIgnoreCase));
        Assert.All((string[])["gpt4", "chatgpt", "llama2", "palm2", "gpt-3.5-turbo", "llama-2-70b-chat", "palm-2-chat-bison"], judge => Assert.DoesNotContain(judge, body, StringComparison.Ordinal));
        await tab.PressAsync("1");
        Assert.Empty(await tab.NoiseAsync());
        await Photograph(tab, "label-MtBench");
    }

    static async Task Photograph(LabelTab tab, string name)
    {
        if (ShotsFolder is not { } dir)
        {
            return;
        }

        Directory.CreateDirectory(dir);
        await File.WriteAllBytesAsync(Path.Combine(dir, name + ".png"), await tab.ScreenshotAsync(1280, dark: false));
        await File.WriteAllBytesAsync(Path.Combine(dir, name + "-dark.png"), await tab.ScreenshotAsync(1280, dark: true));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
