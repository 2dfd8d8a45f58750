using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Tests.Hostile;

namespace JudgeEval.Engine.Tests.Cli;

/// <summary>The last lines of `judgeeval run`: counts with the right plural.</summary>
public sealed class SummaryLineTests
{
    [Fact]
    public void One_judge_and_one_warning_are_singular()
    {
        using var dir = HostileFolder.WithManifest();
        dir.Write("items.jsonl", "{\"id\": \"a\"}\n");
        dir.Write("judge.jsonl", "{\"id\": \"a\", \"score\": 1, \"grade\": 1}\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        CommandLine.Run(["run", dir.Full("judgeeval.yaml"), "--out", dir.Full("out")], stdout, stderr);

        Assert.Contains("(0 errors, 1 warning); 1 judge on 1 item", stdout.ToString(), StringComparison.Ordinal);
    }
}
