using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting;

namespace JudgeEval.Engine.Tests.Reporting;

public class DiagnosticsFileTests
{
    [Fact]
    public void Round_trips_severity_span_and_escaped_message()
    {
        var file = Path.GetFullPath(Path.Combine("data dir", "labels.jsonl"));
        Diagnostic[] written =
        [
            new("JE0070", Severity.Error, "tab\there, line\nbreak, back\\slash, cr\r", new SourceLocation(file, 7, 2, 8, 4)),
            new("JE0071", Severity.Info, "unlocated", null),
        ];
        using var text = new StringWriter();

        DiagnosticsFile.Write(text, written, "https://h/");

        Assert.Equal(3, text.ToString().Count(c => c == '\n'));
        Assert.StartsWith(DiagnosticsFile.Header + "\n", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("\thttps://h/JE0070.md\t", text.ToString(), StringComparison.Ordinal);
        Assert.Equal(written, DiagnosticsFile.Read(new StringReader(text.ToString())));
    }

    [Fact]
    public void Writing_to_a_path_replaces_the_file_whole()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("je-diag-").FullName, "obj", "diagnostics.tsv");
        DiagnosticsFile.Write(path, [new("JE0070", Severity.Warning, "first", null)], "https://h");
        DiagnosticsFile.Write(path, [], "https://h");

        Assert.Equal(DiagnosticsFile.Header + "\n", File.ReadAllText(path));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("#judgeeval-diagnostics 1\nwarning\tJE0070\tonly three")]
    [InlineData("#judgeeval-diagnostics 1\nsevere\tJE0070\t\t0\t0\t0\t0\t\tm")]
    public void Bad_files_read_as_null(string text) => Assert.Null(DiagnosticsFile.Read(new StringReader(text)));
}
