using JudgeEval.Tasks;
using Microsoft.Build.Framework;

namespace JudgeEval.Tasks.Tests;

/// <summary>
/// The engine's CI commands (GitHub workflow commands, Azure logging commands) reach the build log once, at high
/// importance, so `dotnet build` at its default verbosity prints them for the runner; other output stays low.
/// </summary>
public sealed class CiCommandPassThroughTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("je-ci-engine-").FullName;

    [UnixFact("the fake engine is a POSIX shell script")]
    public void Workflow_and_logging_commands_are_logged_once_at_high_importance()
    {
        var diagnostics = Path.Combine(dir, "diagnostics.tsv");
        var script = Path.Combine(dir, "engine.sh");
        File.WriteAllText(script, $"""
            #!/bin/sh
            echo 'judgeeval: pass (0 errors, 1 warnings); 1 judges on 60 items'
            echo '::warning file=app/judgeeval.yaml,line=19,endLine=23,title=JE2001::Judge %27small%27'
            echo '##vso[task.logissue type=warning;sourcepath=app/judgeeval.yaml;linenumber=19;code=JE2001]Judge'
            echo 'not :: a command'
            : > '{diagnostics}'
            """.Replace("\r", string.Empty, StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.WriteAllText(Path.Combine(dir, "judgeeval.dll"), "not an assembly");
        var build = new RecordingBuildEngine();
        var task = new JudgeEvalTask
        {
            BuildEngine = build,
            ToolPath = dir,
            ToolExe = "engine.sh",
            EngineAssembly = Path.Combine(dir, "judgeeval.dll"),
            Manifest = Path.Combine(dir, "judgeeval.yaml"),
            OutputDirectory = dir,
            DiagnosticsFile = diagnostics,
        };

        Assert.True(task.Execute(), string.Join("\n", build.Errors.Select(e => e.Message)));

        var high = build.Messages.Where(m => m.Importance == MessageImportance.High && m is not TaskCommandLineEventArgs).Select(m => m.Message).ToList();
        Assert.Equal(
            ["::warning file=app/judgeeval.yaml,line=19,endLine=23,title=JE2001::Judge %27small%27", "##vso[task.logissue type=warning;sourcepath=app/judgeeval.yaml;linenumber=19;code=JE2001]Judge"],
            high);
        Assert.Single(build.Messages, m => m.Message == "not :: a command" && m.Importance == MessageImportance.Low);
        Assert.Empty(build.Warnings);
    }

    [Theory]
    [InlineData("::error title=JE2002::m", true)]
    [InlineData("##vso[task.uploadsummary]/x.md", true)]
    [InlineData("  ::error::indented", false)]
    [InlineData("judgeeval.yaml(3,4): warning JE2001: m", false)]
    public void Only_lines_that_start_with_a_command_are_commands(string line, bool expected) => Assert.Equal(expected, CiCommandLine.Is(line));

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
