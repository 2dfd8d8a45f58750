using JudgeEval.Engine.Cli;

namespace JudgeEval.Engine.Tests.Cli;

/// <summary>Every command answers --help and -h with its own usage on stdout and exit code 0, whatever else is on the line.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("run --help", "usage: judgeeval run <manifest>")]
    [InlineData("run -h", "usage: judgeeval run <manifest>")]
    [InlineData("run judgeeval.yaml --out x --help", "usage: judgeeval run <manifest>")]
    [InlineData("cache --help", "usage: judgeeval cache key <manifest>")]
    [InlineData("cache key --help", "usage: judgeeval cache key <manifest>")]
    [InlineData("cache key judgeeval.yaml -h", "usage: judgeeval cache key <manifest>")]
    [InlineData("models --help", "usage: judgeeval models")]
    [InlineData("models -h", "usage: judgeeval models")]
    [InlineData("--help", "usage: judgeeval run <manifest>")]
    [InlineData("-h", "usage: judgeeval run <manifest>")]
    public void Each_command_answers_help(string line, string usage)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = CommandLine.Run(line.Split(' '), stdout, stderr);

        Assert.Equal(0, exit);
        Assert.StartsWith(usage, stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr.ToString());
    }

    [Fact]
    public void The_run_help_lists_every_option_the_parser_reads()
    {
        foreach (var option in new[] { "--out", "--threshold", "--offline", "--online", "--baseline", "--diagnostics", "--inputs", "--help-base" })
        {
            Assert.Contains(option, CommandHelp.Run, StringComparison.Ordinal);
        }
    }
}
