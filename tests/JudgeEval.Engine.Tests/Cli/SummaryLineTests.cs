using JudgeEval.Engine.Cli;

namespace JudgeEval.Engine.Tests.Cli;

/// <summary>The last lines of `judgeeval run`: counts with the right plural.</summary>
public sealed class SummaryLineTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("judgeeval-summary-").FullName;

    [Fact]
    public void One_judge_and_one_warning_are_singular()
    {
        File.WriteAllText(Path.Combine(dir, "judgeeval.yaml"), """
            version: 1
            product: { model: gpt-4o }
            task: { kind: pointwise, scale: { min: 0, max: 3 }, passThreshold: 2 }
            items: { path: items.jsonl, format: jsonl }
            judges:
              - id: claude
                model: claude-3-5-haiku
                judgments: { path: judge.jsonl, format: jsonl }
            """);
        File.WriteAllText(Path.Combine(dir, "items.jsonl"), "{\"id\": \"a\"}\n");
        File.WriteAllText(Path.Combine(dir, "judge.jsonl"), "{\"id\": \"a\", \"score\": 1, \"grade\": 1}\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        CommandLine.Run(["run", Path.Combine(dir, "judgeeval.yaml"), "--out", Path.Combine(dir, "out")], stdout, stderr);

        Assert.Contains("(0 errors, 1 warning); 1 judge on 1 item", stdout.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
