using JudgeEval.Tasks;

namespace JudgeEval.Tasks.Tests;

/// <summary>The arguments follow src/JudgeEval.Engine/Cli/RunArguments.cs, which parses them back in the last test.</summary>
public class EngineCommandLineTests
{
    static EngineRunOptions Options() => new()
    {
        EngineAssembly = "/pkg/tools/engine/judgeeval.dll",
        Manifest = "/src/app/judgeeval.yaml",
        OutputDirectory = "/src/app/obj/judgeeval/",
        DiagnosticsFile = "/src/app/obj/judgeeval/diagnostics.tsv",
        InputsFile = "/src/app/obj/judgeeval/inputs.txt",
    };

    [Fact]
    public void Minimal_options_give_exec_run_and_the_paths()
    {
        Assert.Equal(
            ["exec", "/pkg/tools/engine/judgeeval.dll", "run", "/src/app/judgeeval.yaml", "--out", "/src/app/obj/judgeeval/",
             "--diagnostics", "/src/app/obj/judgeeval/diagnostics.tsv", "--inputs", "/src/app/obj/judgeeval/inputs.txt"],
            EngineCommandLine.Arguments(Options()));
    }

    [Fact]
    public void Thresholds_offline_baseline_and_help_base_are_passed_and_empty_values_skipped()
    {
        var o = Options();
        o.Thresholds.Add(new("kappaWarn", " 0.8 "));
        o.Thresholds.Add(new("kappaFail", ""));
        o.Thresholds.Add(new("gateOnLowerBound", "true"));
        o.Offline = "True";
        o.Baseline = "/base/results.json";
        o.HelpBase = "https://docs.example/diag";
        o.SarifRoot = "/repo/";

        var tail = EngineCommandLine.Arguments(o).Skip(10).ToArray();

        Assert.Equal(
            ["--threshold", "kappaWarn=0.8", "--threshold", "gateOnLowerBound=true", "--offline",
             "--baseline", "/base/results.json", "--help-base", "https://docs.example/diag", "--sarif-root", "/repo/"],
            tail);
    }

    [Theory]
    [InlineData("false", "--online")]
    [InlineData("FALSE", "--online")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Offline_is_tri_state(string? value, string? expected)
    {
        var o = Options();
        o.Offline = value;
        var args = EngineCommandLine.Arguments(o);
        Assert.Equal(expected, args.Skip(10).SingleOrDefault());
    }

    [Fact]
    public void The_engines_own_parser_reads_the_arguments_back()
    {
        var o = Options();
        o.Thresholds.Add(new("coverageMin", "0.9"));
        o.Offline = "true";

        var (parsed, error) = JudgeEval.Engine.Cli.RunArguments.Parse([.. EngineCommandLine.Arguments(o).Skip(3)]);

        Assert.Null(error);
        Assert.Equal("/src/app/judgeeval.yaml", parsed!.Manifest);
        Assert.Equal("/src/app/obj/judgeeval/diagnostics.tsv", parsed.Diagnostics);
        Assert.Equal("/src/app/obj/judgeeval/inputs.txt", parsed.Inputs);
        Assert.True(parsed.Offline);
        Assert.Equal([new KeyValuePair<string, string>("coverageMin", "0.9")], parsed.Thresholds);
    }
}
