using JudgeEval.Engine.Cli;

namespace JudgeEval.Engine.Tests.Cli;

public class RunArgumentsTests
{
    [Fact]
    public void Parses_every_option()
    {
        var (args, error) = RunArguments.Parse(
            ["m.yaml", "--out", "o", "--diagnostics", "d.tsv", "--inputs", "i.txt", "-t", "kappaWarn=0.8", "--threshold", "coverageMin = 0.9",
             "--offline", "--baseline", "b.json", "--help-base", "https://x/docs/"]);

        Assert.Null(error);
        Assert.Equal("m.yaml", args!.Manifest);
        Assert.Equal(("o", "d.tsv", "i.txt", "b.json", "https://x/docs"), (args.Out, args.Diagnostics, args.Inputs, args.Baseline, args.HelpBase));
        Assert.True(args.Offline);
        Assert.Equal([new("kappaWarn", "0.8"), new("coverageMin", "0.9")], args.Thresholds);
    }

    [Fact]
    public void Defaults_apply_when_options_are_absent()
    {
        var args = RunArguments.Parse(["m.yaml"]).Arguments!;

        Assert.Equal((RunArguments.DefaultOut, null, null), (args.Out, args.Diagnostics, args.Offline));
    }

    [Theory]
    [InlineData(new string[0], "missing the manifest path")]
    [InlineData(new[] { "m.yaml", "--out" }, "option '--out' needs a value")]
    [InlineData(new[] { "m.yaml", "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "m.yaml", "n.yaml" }, "unexpected argument 'n.yaml'")]
    [InlineData(new[] { "m.yaml", "-t", "kappaWarn" }, "--threshold expects name=value, got 'kappaWarn'")]
    public void Bad_arguments_give_a_message_not_an_exception(string[] words, string expected) =>
        Assert.Equal(expected, RunArguments.Parse(words).Error);
}
