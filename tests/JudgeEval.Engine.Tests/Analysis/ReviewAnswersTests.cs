using System.Text.Json.Nodes;
using JudgeEval.Engine.Cli;

namespace JudgeEval.Engine.Tests.Analysis;

/// <summary>The judges' `raw` answers reach the people who review an item: results.json's review list and the report.</summary>
public sealed class ReviewAnswersTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("judgeeval-answers-").FullName;

    [Fact]
    public void A_disputed_item_shows_each_judges_raw_answer_encoded()
    {
        Write("judgeeval.yaml", """
            version: 1
            product: { model: gpt-4o }
            task: { kind: pointwise, scale: { min: 0, max: 3 }, passThreshold: 2 }
            items: { path: items.jsonl, format: jsonl }
            judges:
              - id: claude
                model: claude-3-5-haiku
                judgments: { path: claude.jsonl, format: jsonl }
              - id: gemini
                model: gemini-1.5-pro
                judgments: { path: gemini.jsonl, format: jsonl }
            """);
        Write("items.jsonl", "{\"id\": \"a\", \"text\": \"first\"}\n{\"id\": \"b\", \"text\": \"second\"}\n");
        Write("claude.jsonl", "{\"id\": \"a\", \"score\": 0, \"raw\": \"Score: 0. <script>off topic</script>\"}\n{\"id\": \"b\", \"score\": 2}\n");
        Write("gemini.jsonl", "{\"id\": \"a\", \"score\": 3, \"raw\": {\"score\": 3, \"why\": \"on topic\"}}\n{\"id\": \"b\", \"score\": 2}\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        CommandLine.Run(["run", Path.Combine(dir, "judgeeval.yaml"), "--out", Path.Combine(dir, "out")], stdout, stderr);

        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "out", "results.json")))!;
        var answers = results["review"]![0]!["answers"]!;
        Assert.Equal("Score: 0. <script>off topic</script>", answers["claude"]!.GetValue<string>());
        Assert.Contains("on topic", answers["gemini"]!.GetValue<string>(), StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(dir, "out", "report.html"));
        Assert.Contains("The judges' answers (2 judges)", report, StringComparison.Ordinal);
        Assert.Contains("Score: 0. &lt;script&gt;off topic&lt;/script&gt;", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>off topic", report, StringComparison.Ordinal);
    }

    void Write(string name, string text) => File.WriteAllText(Path.Combine(dir, name), text);

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
