using System.Text.Json.Nodes;
using JudgeEval.Engine.Cli;
using JudgeEval.TestSupport;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>
/// An unusable run (exit 2) rewrites every output: results.json says `unusable` with the findings, the report shows the
/// input errors; nothing of the last good run survives. A run whose outputs cannot be written never prints `pass`.
/// </summary>
public sealed class UnusableRunTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("judgeeval-unusable-").FullName;

    string Manifest => Path.Combine(dir, "judgeeval.yaml");

    string Out => Path.Combine(dir, "out");

    (int Exit, string Stdout, string Stderr) Run(params string[] extra)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = RunCommand.Run([Manifest, "--out", Out, .. extra], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void After_a_passing_run_an_unusable_one_rewrites_results_and_report()
    {
        SmallEval.WriteTo(dir);
        var good = Run();
        Assert.Equal(0, good.Exit);
        Assert.Equal("pass", JsonNode.Parse(File.ReadAllText(Path.Combine(Out, "results.json")))!["verdict"]!["outcome"]!.GetValue<string>());

        // The human labels now point at the judge's file: its rows have a `score`, no `label` (JE0076, unusable).
        File.WriteAllText(Manifest, File.ReadAllText(Manifest).Replace("path: data/labels.jsonl", "path: data/judge.jsonl", StringComparison.Ordinal));
        var bad = Run();

        Assert.Equal(2, bad.Exit);
        Assert.Matches(@"judgeeval: unusable \(1 error, \d+ warnings?\); nothing was measured", bad.Stdout);
        Assert.DoesNotContain("pass", bad.Stdout, StringComparison.Ordinal);
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(Out, "results.json")))!;
        Assert.Equal("unusable", results["verdict"]!["outcome"]!.GetValue<string>());
        Assert.Null(results["task"]);
        Assert.Equal("end-to-end small eval", results["manifest"]!["name"]!.GetValue<string>());
        var finding = Assert.Single(results["findings"]!.AsArray(), f => f!["severity"]!.GetValue<string>() == "error")!;
        var code = finding["code"]!.GetValue<string>();
        Assert.Equal("JE0076", code);
        Assert.Equal([code], results["verdict"]!["decidedBy"]!.AsArray().Select(c => c!.GetValue<string>()));

        var report = File.ReadAllText(Path.Combine(Out, "report.html"));
        Assert.Contains("data-outcome=\"unusable\"", report, StringComparison.Ordinal);
        Assert.Contains(code, report, StringComparison.Ordinal);
        Assert.Contains("none of its 60 rows has a `label` value", report, StringComparison.Ordinal);
        Assert.DoesNotContain("data-outcome=\"pass\"", report, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"judges\"", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_that_does_not_load_still_gets_unusable_outputs()
    {
        File.WriteAllText(Manifest, "version: 1\ntask: [\n");
        var run = Run();

        Assert.Equal(2, run.Exit);
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(Out, "results.json")))!;
        Assert.Equal("unusable", results["verdict"]!["outcome"]!.GetValue<string>());
        Assert.NotEmpty(results["findings"]!.AsArray());
        Assert.True(File.Exists(Path.Combine(Out, "report.html")));
    }

    [Fact]
    public void Out_pointing_at_a_file_prints_neither_pass_nor_a_report_path()
    {
        SmallEval.WriteTo(dir);
        File.WriteAllText(Out, "a file, not a folder");

        var run = Run();

        Assert.Equal(2, run.Exit);
        Assert.Contains("JE0092", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("pass", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("report", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("the outputs could not be written", run.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
