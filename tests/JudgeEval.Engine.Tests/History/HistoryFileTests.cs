using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.History;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.History;

/// <summary>Appending and reading the JSON Lines history file, including builds that append at the same time.</summary>
public sealed class HistoryFileTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("judgeeval-history-").FullName;

    HistorySpec Spec => new(Path.Combine(dir, "sub", "history.jsonl"), "sub/history.jsonl", SourceLocation.At(Path.Combine(dir, "judgeeval.yaml"), 40, 3));

    static HistoryRun Run(int i) => new()
    {
        Date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i),
        Tool = "1.0.0",
        Verdict = VerdictOutcome.Pass,
        Judges = [new HistoryJudge { Id = "j" + i, Kappa = i / 1000.0, KappaCi95 = new Interval(0, 1), Coverage = 1 }],
    };

    [Fact]
    public void Concurrent_appends_never_interleave_or_lose_a_record()
    {
        const int Writers = 8;
        const int Each = 25;

        Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = Writers }, w =>
        {
            for (var k = 0; k < Each; k++)
            {
                Assert.Null(HistoryFile.Append(Spec, Run((w * Each) + k)));
            }
        });

        var diagnostics = new List<Diagnostic>();
        var read = HistoryFile.Read(Spec, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(Writers * Each, read.Count);
        Assert.Equal(RunHistory.Limit, read.Recent.Count);
        Assert.Equal(Writers * Each, File.ReadAllLines(Spec.Path).Select(l => HistoryJsonId(l)).Distinct().Count());
    }

    [Fact]
    public void A_record_round_trips_with_undefined_statistics_as_null()
    {
        var run = Run(3) with { Commit = "abc", Judges = [new HistoryJudge { Id = "none" }] };

        Assert.Null(HistoryFile.Append(Spec, run));
        var line = Assert.Single(File.ReadAllLines(Spec.Path));
        var back = Assert.Single(HistoryFile.Read(Spec, []).Recent);

        Assert.Contains("\"kappa\":null,\"kappaCi95\":[null,null],\"coverage\":null", line, StringComparison.Ordinal);
        Assert.Equal((run.Date, "abc", "none"), (back.Date, back.Commit, back.Judges[0].Id));
        Assert.True(double.IsNaN(back.Judges[0].Kappa));
    }

    [Fact]
    public void A_last_line_without_its_newline_does_not_swallow_the_next_record()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Spec.Path)!);
        HistoryFile.Append(Spec, Run(1));
        File.WriteAllText(Spec.Path, File.ReadAllText(Spec.Path).TrimEnd('\n'));

        HistoryFile.Append(Spec, Run(2));

        var diagnostics = new List<Diagnostic>();
        Assert.Equal(2, HistoryFile.Read(Spec, diagnostics).Count);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_line_that_is_no_record_is_located_and_skipped()
    {
        HistoryFile.Append(Spec, Run(1));
        File.AppendAllText(Spec.Path, "{\"date\":\"2026-01-01T00:00:00+00:00\"}\n");
        HistoryFile.Append(Spec, Run(2));

        var diagnostics = new List<Diagnostic>();
        var read = HistoryFile.Read(Spec, diagnostics);

        Assert.Equal(2, read.Count);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("JE0101", Severity.Warning, 2), (d.Code, d.Severity, d.Location!.Line));
        Assert.Contains("missing required properties", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_history_is_a_located_warning()
    {
        Directory.CreateDirectory(Spec.Path);

        var problem = HistoryFile.Append(Spec, Run(1));

        Assert.Equal(("JE0103", Severity.Warning, 40), (problem!.Code, problem.Severity, problem.Location!.Line));
    }

    static string HistoryJsonId(string line) => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("judges")[0].GetProperty("id").GetString()!;

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
