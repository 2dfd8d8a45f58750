using System.Diagnostics;
using JudgeEval.Tasks;

namespace JudgeEval.Tasks.Tests;

/// <summary>
/// Quoting is checked against the runtime's own splitting of ProcessStartInfo.Arguments (the rules of
/// Microsoft's "Parsing C++ command-line arguments" page, which .NET applies on every OS): printf prints each argument back.
/// </summary>
public class QuotingTests
{
    [UnixTheory("printf echoes the arguments back")]
    [InlineData("plain")]
    [InlineData("/path with spaces/judgeeval.yaml")]
    [InlineData("ab\"c")]
    [InlineData("trailing\\")]
    [InlineData("C:\\dir with space\\")]
    [InlineData("a\\\\\"b")]
    [InlineData("")]
    [InlineData("tab\there")]
    public void Every_argument_survives_the_round_trip(string argument)
    {
        Assert.Equal([argument, "next"], Echo([argument, "next"]));
    }

    [Fact]
    public void Simple_arguments_are_not_quoted() =>
        Assert.Equal("exec /a/judgeeval.dll --threshold kappaWarn=0.8", EngineCommandLine.Render(["exec", "/a/judgeeval.dll", "--threshold", "kappaWarn=0.8"]));

    [Fact]
    public void Spaces_and_quotes_are_quoted() =>
        Assert.Equal("\"a b\" \"say \\\"hi\\\"\"", EngineCommandLine.Render(["a b", "say \"hi\""]));

    static string[] Echo(string[] arguments)
    {
        var start = new ProcessStartInfo("printf", EngineCommandLine.Render(["%s\\n", .. arguments]))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split('\n')[..^1];
    }
}
