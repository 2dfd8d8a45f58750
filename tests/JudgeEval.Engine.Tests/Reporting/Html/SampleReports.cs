using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Reporting.Html;

/// <summary>The fixture reports as files: for the browser tests, and for tools/screenshots.sh (JUDGEEVAL_REPORT_OUT names the folder).</summary>
static class SampleReports
{
    public static IReadOnlyList<(string Name, Func<EvalResults> Build)> All { get; } =
    [
        ("pointwise-9-judges", ReportFixtures.Pointwise9),
        ("pairwise-4-judges", ReportFixtures.Pairwise4),
        ("hostile", HostileFixture.Build),
        ("heatmap-15-judges", () => HeatmapTests.Synthetic(15)),
    ];

    public static string Write(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".html");
        File.WriteAllText(path, HtmlReport.Render(All.Single(s => s.Name == name).Build(), ReportFixtures.Options));
        return path;
    }
}

public class SampleReportTests
{
    [Fact]
    public void Every_fixture_renders_to_a_file()
    {
        var keep = Environment.GetEnvironmentVariable("JUDGEEVAL_REPORT_OUT") is { Length: > 0 };
        var folder = keep ? Environment.GetEnvironmentVariable("JUDGEEVAL_REPORT_OUT")! : Path.Combine(Path.GetTempPath(), "judgeeval-reports-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (name, _) in SampleReports.All)
            {
                var path = SampleReports.Write(folder, name);
                Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
            }
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
