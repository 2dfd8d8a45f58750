using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting;
using JudgeEval.Tasks;

namespace JudgeEval.Tasks.Tests;

/// <summary>The task's reader against the engine's writer: the two copies of the format must agree.</summary>
public class DiagnosticsFileReaderTests
{
    static string[] Written(params Diagnostic[] diagnostics)
    {
        using var text = new StringWriter();
        DiagnosticsFile.Write(text, diagnostics, "https://docs.example/diagnostics");
        return text.ToString().Split('\n')[..^1];
    }

    [Fact]
    public void Reads_what_the_engine_writes_with_span_help_link_and_escapes()
    {
        var file = Path.GetFullPath("judgeeval.yaml");
        var lines = Written(
            new Diagnostic("JE0123", Severity.Warning, "kappa {0.61}\tbelow\nkappaWarn \\ 0.75", new SourceLocation(file, 12, 5, 12, 9)),
            new Diagnostic("JE0124", Severity.Info, "unlocated note", null));

        var content = DiagnosticsFileReader.Read(lines);

        Assert.Null(content.Error);
        Assert.Equal(2, content.Diagnostics.Count);
        var d = content.Diagnostics[0];
        Assert.Equal(("warning", "JE0123", file, 12, 5, 12, 9), (d.Severity, d.Code, d.File, d.Line, d.Column, d.EndLine, d.EndColumn));
        Assert.Equal("https://docs.example/diagnostics/JE0123.md", d.HelpUri);
        Assert.Equal("kappa {0.61}\tbelow\nkappaWarn \\ 0.75", d.Message);
        var note = content.Diagnostics[1];
        Assert.Equal(("info", "", 0, 0), (note.Severity, note.File, note.Line, note.Column));
    }

    [Fact]
    public void An_empty_run_is_just_the_header() =>
        Assert.Empty(DiagnosticsFileReader.Read(Written()).Diagnostics);

    [Theory]
    [InlineData(new[] { "" }, 1, "first line")]
    [InlineData(new[] { "#judgeeval-diagnostics 2" }, 1, "first line")]
    [InlineData(new[] { "#judgeeval-diagnostics 1", "warning\tJE0001\t/a\t1\t1\t1\t1\thelp" }, 2, "9 tab-separated fields, found 8")]
    [InlineData(new[] { "#judgeeval-diagnostics 1", "# comment", "fatal\tJE0001\t/a\t1\t1\t1\t1\th\tm" }, 3, "unknown severity 'fatal'")]
    [InlineData(new[] { "#judgeeval-diagnostics 1", "error\tJE0001\t/a\tx\t1\t1\t1\th\tm" }, 2, "field 4 is not a line")]
    public void Format_errors_name_the_line(string[] lines, int line, string error)
    {
        var content = DiagnosticsFileReader.Read(lines);
        Assert.Equal(line, content.ErrorLine);
        Assert.Contains(error, content.Error, StringComparison.Ordinal);
        Assert.Empty(content.Diagnostics);
    }
}
