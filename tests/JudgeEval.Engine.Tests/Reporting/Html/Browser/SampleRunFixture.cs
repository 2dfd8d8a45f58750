using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Tests.Samples;

namespace JudgeEval.Engine.Tests.Reporting.Html.Browser;

/// <summary>
/// The sample manifests run once through EvalRunner (fixed today, so findings are stable), each rendered to a
/// report file; one chromium serves every test of the class.
/// </summary>
public sealed class SampleRunFixture : IAsyncLifetime
{
    public static readonly string[] Samples = ["TrecRag2024", "MtBench", "WithinCorpus", "SelfConsistency", "MtBenchHumans"];

    readonly Dictionary<string, (EvalResults Results, string Path)> runs = new(StringComparer.Ordinal);

    public BrowserFixture Browser { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Browser.Folder);
        foreach (var sample in Samples)
        {
            var outcome = SampleRuns.Run(sample);
            var results = outcome.Results ?? throw new InvalidOperationException(sample + " did not run: " + string.Join("; ", outcome.Diagnostics.Select(d => d.Code + " " + d.Message)));
            var manifest = Path.Combine(RepoRoot.Path, "samples", sample, "judgeeval.yaml");
            var html = HtmlReport.Render(results, new HtmlReportOptions { ManifestPath = manifest, BaseDirectory = RepoRoot.Path, GeneratedAt = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero) });
            var path = Path.Combine(Browser.Folder, "sample-" + sample + ".html");
            await File.WriteAllTextAsync(path, html);
            runs[sample] = (results, path);
        }

        await Browser.InitializeAsync();
    }

    public Task DisposeAsync() => Browser.DisposeAsync();

    public EvalResults Results(string sample) => runs[sample].Results;

    public string ReportPath(string sample) => runs[sample].Path;
}
