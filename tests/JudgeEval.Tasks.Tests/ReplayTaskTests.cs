using JudgeEval.Tasks;

namespace JudgeEval.Tasks.Tests;

/// <summary>The replay logs real MSBuild events with code, span and help link, and fails exactly when an error is stored.</summary>
public sealed class ReplayTaskTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("je-replay-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    (bool Ok, RecordingBuildEngine Engine) Replay(params string[] lines)
    {
        var file = Path.Combine(dir, "diagnostics.tsv");
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
        var report = Path.Combine(dir, "report.html");
        File.WriteAllText(report, "<html></html>");
        var engine = new RecordingBuildEngine();
        var task = new JudgeEvalReplayTask { BuildEngine = engine, DiagnosticsFile = file, ReportFile = report };
        return (task.Execute(), engine);
    }

    [Fact]
    public void Warnings_keep_code_span_help_link_and_braces()
    {
        var (ok, engine) = Replay(DiagnosticsFileReader.Header, "warning\tJE0123\t/src/judgeeval.yaml\t12\t5\t12\t9\thttps://h/JE0123.md\tkappa {0.61} < {kappaWarn}");

        Assert.True(ok);
        var w = Assert.Single(engine.Warnings);
        Assert.Equal(("JE0123", "/src/judgeeval.yaml", 12, 5, 12, 9), (w.Code, w.File, w.LineNumber, w.ColumnNumber, w.EndLineNumber, w.EndColumnNumber));
        Assert.Equal("https://h/JE0123.md", w.HelpLink);
        Assert.Equal("kappa {0.61} < {kappaWarn}", w.Message);
        Assert.Contains(engine.Messages, m => m.Message!.StartsWith("JudgeEval report: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stored_error_fails_the_task_and_info_is_a_message()
    {
        var (ok, engine) = Replay(
            DiagnosticsFileReader.Header,
            "error\tJE0124\t/src/judgeeval.yaml\t3\t1\t3\t4\thttps://h/JE0124.md\tbelow kappaFail",
            "info\tJE0125\t\t0\t0\t0\t0\t\tjust so you know");

        Assert.False(ok);
        Assert.Equal("JE0124", Assert.Single(engine.Errors).Code);
        Assert.Contains(engine.Messages, m => m.Code == "JE0125" && m.Message == "just so you know");
    }

    [Fact]
    public void Control_characters_from_the_data_are_logged_escaped_never_as_a_second_line()
    {
        // The file's own escaping carries a newline, ESC and BEL faithfully; the task must not print them raw.
        var (ok, engine) = Replay(DiagnosticsFileReader.Header, "warning\tJE0059\t/data/a\\nb.jsonl\t1\t1\t1\t1\t\tProperty 'x\\nsrc/Program.cs(1,1): error CS0001: forged\u001b[31m\u0007' is ignored.");

        Assert.True(ok);
        var w = Assert.Single(engine.Warnings);
        Assert.Equal(@"Property 'x\nsrc/Program.cs(1,1): error CS0001: forged\e[31m\a' is ignored.", w.Message);
        Assert.Equal(@"/data/a\nb.jsonl", w.File);
    }

    [Fact]
    public void A_bad_file_is_JE0098_at_its_line()
    {
        var (ok, engine) = Replay(DiagnosticsFileReader.Header, "warning\tJE0123\tonly three");

        Assert.False(ok);
        var e = Assert.Single(engine.Errors);
        Assert.Equal((TaskCodes.BadDiagnosticsFile, 2), (e.Code, e.LineNumber));
    }

    [Fact]
    public void A_missing_file_is_JE0098()
    {
        var engine = new RecordingBuildEngine();
        var task = new JudgeEvalReplayTask { BuildEngine = engine, DiagnosticsFile = Path.Combine(dir, "none.tsv") };

        Assert.False(task.Execute());
        Assert.Equal(TaskCodes.BadDiagnosticsFile, Assert.Single(engine.Errors).Code);
    }
}
