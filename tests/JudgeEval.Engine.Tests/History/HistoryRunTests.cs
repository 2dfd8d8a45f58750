using System.Globalization;
using System.Text;
using System.Text.Json;
using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Tests.Workspace;

namespace JudgeEval.Engine.Tests.History;

/// <summary>
/// `history: { path }` across runs: each run appends one record (date, commit, versions, each judge's kappa with its
/// interval and coverage, the verdict); the report draws the trend; a drop beyond the previous interval is JE2050.
/// </summary>
public sealed class HistoryRunTests : IDisposable
{
    readonly RepoFolder repo = new();

    string HistoryPath => Path.Combine(repo.App, ".judgeeval", "history.jsonl");

    [Fact]
    public void Three_runs_append_three_records_and_a_drop_beyond_the_interval_is_a_finding()
    {
        File.AppendAllText(repo.Manifest, "history:\n  path: .judgeeval/history.jsonl\n");
        var none = new Dictionary<string, string>();

        var first = CiRun.Start(repo.Manifest, repo.Out, none, CiRun.Noon);
        var second = CiRun.Start(repo.Manifest, repo.Out, none, CiRun.Noon.AddDays(1));
        WorseJudge();
        var third = CiRun.Start(repo.Manifest, repo.Out, none, CiRun.Noon.AddDays(2));

        var lines = File.ReadAllLines(HistoryPath);
        Assert.Equal(3, lines.Length);
        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("2026-12-01T12:00:00+00:00", records[0].GetProperty("date").GetString());
        Assert.All(records, r => Assert.Equal(RepoFolder.Commit, r.GetProperty("commit").GetString()));
        Assert.All(records, r => Assert.Equal("main", r.GetProperty("branch").GetString()));
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("tool").GetString())));
        Assert.Equal(["pass", "pass", "fail"], records.Select(r => r.GetProperty("verdict").GetString()));
        var judges = records.Select(r => r.GetProperty("judges")[0]).ToList();
        Assert.All(judges, j => Assert.Equal("small", j.GetProperty("id").GetString()));
        Assert.All(judges, j => Assert.Equal(60, j.GetProperty("n").GetInt32()));
        Assert.All(judges, j => Assert.Equal(1.0, j.GetProperty("coverage").GetDouble()));
        // The calibration identity travels with each record: the labels hash says which labels the kappa was measured on.
        Assert.All(judges.Zip([first, second, third]), p =>
            Assert.Equal(p.Second.Results!.Judges[0].Calibration!.LabelsHash, p.First.GetProperty("calibration").GetProperty("labelsHash").GetString()));

        // The records carry exactly what each run's results.json said.
        Assert.Equal(third.Results.Judges[0].VsHuman!.Kappa, judges[2].GetProperty("kappa").GetDouble());
        Assert.Equal(third.Results.Judges[0].VsHuman!.KappaCi95.Lower, judges[2].GetProperty("kappaCi95")[0].GetDouble());

        Assert.DoesNotContain(first.Results.Findings, f => f.Code == "JE2050");
        Assert.DoesNotContain(second.Results.Findings, f => f.Code == "JE2050");
        var drop = Assert.Single(third.Results.Findings, f => f.Code == "JE2050");
        Assert.Equal(repo.Manifest, drop.File);
        Assert.StartsWith("Judge 'small' kappa fell from 0.", drop.Message, StringComparison.Ordinal);
        Assert.Contains("in the run of 2026-12-02 12:00 UTC, commit 0123456", drop.Message, StringComparison.Ordinal);
        Assert.True(judges[2].GetProperty("kappaCi95")[1].GetDouble() < judges[1].GetProperty("kappaCi95")[0].GetDouble());

        Assert.Equal(3, third.Results.History!.Runs.Count);
        Assert.Equal(2, third.Results.History.Earlier);
        Assert.Equal(".judgeeval/history.jsonl", third.Results.History.Path);
        var report = File.ReadAllText(Path.Combine(third.Out, OutputWriter.ReportFile));
        var section = report[report.IndexOf("<section id=\"history\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Equal(1, Count(section, "<svg class=\"trend\""));
        Assert.Equal(1, Count(section, "<polygon class=\"tband\""));
        Assert.Equal(3, Count(section, "<circle class=\"tpt\""));
        Assert.Contains("small: kappa over 3 runs, oldest first: 2026-12-01 12:00 ", section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_history_file_is_written_but_never_an_input_of_the_incremental_build()
    {
        File.AppendAllText(repo.Manifest, "history:\n  path: .judgeeval/history.jsonl\n");
        var inputs = Path.Combine(repo.Out, "inputs.txt");

        var run = CiRun.Start(repo.Manifest, repo.Out, new Dictionary<string, string>(), null, "--inputs", inputs);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(HistoryPath));
        Assert.DoesNotContain(File.ReadAllLines(inputs), l => l.Contains("history", StringComparison.Ordinal));
    }

    [Fact]
    public void A_history_path_that_is_an_input_is_refused_before_anything_is_written()
    {
        File.AppendAllText(repo.Manifest, "history:\n  path: data/labels.jsonl\n");
        var before = File.ReadAllText(Path.Combine(repo.App, "data", "labels.jsonl"));

        var run = CiRun.Start(repo.Manifest, repo.Out, new Dictionary<string, string>());

        Assert.Equal(CommandLine.UnusableInput, run.ExitCode);
        Assert.Contains("error JE0100: history.path 'data/labels.jsonl' is a file this run reads", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(repo.App, "data", "labels.jsonl")));
    }

    [Theory]
    [InlineData("history: {}\n", "'history' needs 'path'")]
    [InlineData("history:\n  path: .judgeeval/h.jsonl\n  keep: 3\n", "keep")]
    [InlineData("history:\n  path: data\n", "is a folder")]
    public void A_bad_history_section_is_a_located_input_error(string section, string expected)
    {
        File.AppendAllText(repo.Manifest, section);

        var run = CiRun.Start(repo.Manifest, repo.Out, new Dictionary<string, string>());

        Assert.Equal(CommandLine.UnusableInput, run.ExitCode);
        Assert.Contains(run.Stderr.Split('\n'), l => l.StartsWith(repo.Manifest + "(", StringComparison.Ordinal) && l.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_line_is_a_located_warning_and_the_other_records_still_count()
    {
        File.AppendAllText(repo.Manifest, "history:\n  path: .judgeeval/history.jsonl\n");
        CiRun.Start(repo.Manifest, repo.Out, new Dictionary<string, string>());
        File.AppendAllText(HistoryPath, "<<<<<<< HEAD\n");

        var run = CiRun.Start(repo.Manifest, repo.Out, new Dictionary<string, string>());

        var bad = Assert.Single(run.Results.Findings, f => f.Code == "JE0101");
        Assert.Equal((HistoryPath, 2), (bad.File, bad.Line));
        Assert.Equal(1, run.Results.History!.Earlier);
        Assert.Equal(3, File.ReadAllLines(HistoryPath).Length);
    }

    /// <summary>Rewrites the judge to agree with the humans only by chance (a fixed shuffle of the grades): kappa near 0.</summary>
    void WorseJudge()
    {
        var text = new StringBuilder();
        for (var i = 0; i < SmallEval.Items; i++)
        {
            var shuffled = ((i * 7) + 3) % 4;
            var score = shuffled == i % 4 ? (i + 1) % 4 : shuffled;
            text.Append(CultureInfo.InvariantCulture, $$"""{"id":"q{{i / 10}}/d{{i}}","score":{{score}}}""").Append('\n');
        }

        File.WriteAllText(Path.Combine(repo.App, "data", "judge.jsonl"), text.ToString());
    }

    static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    public void Dispose() => repo.Dispose();
}
