using System.Diagnostics;
using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Tests.Hostile;

/// <summary>
/// The built `judgeeval` (judgeeval.dll beside the tests) run as a separate process, as MSBuild runs it: a hostile input
/// that hung, crashed or overflowed the stack would end that process, not the test host, and fail the test by its limit.
/// </summary>
sealed partial record EngineProcess(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "judgeeval.dll");

    public string Output => Stdout + Stderr;

    public static EngineProcess Run(string workingDirectory, TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CI"] = "true";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"judgeeval {string.Join(' ', args)} did not finish within {limit.TotalSeconds:0} s (it hangs on this input).");
        }

        process.WaitForExit();
        return new EngineProcess(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed);
    }

    /// <summary>
    /// The run was refused as unusable input (exit 2) with <paramref name="code"/> at <paramref name="file"/>(line,column),
    /// and printed no stack trace.
    /// </summary>
    public EngineProcess Refused(string code, string file, int line, int column, int exitCode = 2)
    {
        NoStackTrace();
        Assert.True(exitCode == ExitCode, $"exit {ExitCode}, expected {exitCode}:\n{Output}");
        var prefix = $"{file}({line},{column}): error {code}: ";
        Assert.True(Output.Split('\n').Any(l => l.StartsWith(prefix, StringComparison.Ordinal)), $"no line starts with '{prefix}':\n{Output}");
        return this;
    }

    public EngineProcess NoStackTrace()
    {
        Assert.DoesNotMatch(StackFrame(), Output);
        Assert.DoesNotContain("Unhandled exception", Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Stack overflow", Output, StringComparison.Ordinal);
        Assert.DoesNotContain("JE0099", Output, StringComparison.Ordinal);
        return this;
    }

    [GeneratedRegex(@"^\s+at [\w.`<>\[\]]+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
