using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Benchmarks;

/// <summary>
/// `compare-setup --url URL [--items N] [--dir DIR]`: writes one eval twice, for a side-by-side run of the judgeeval CLI
/// and promptfoo against the same server (see `serve`): N items (`query`, `text`) with human labels and a judgeeval
/// manifest with one live judge at concurrency 64; the same items as promptfoo tests with the same rubric (the built-in
/// relevance prompt, system and user messages), the same model, temperature, seed and JSON-schema response format.
/// </summary>
static class CompareSetup
{
    public static int Run(string[] args)
    {
        var url = Value(args, "--url") ?? throw new ArgumentException("--url is required (the base URL `serve` printed)");
        var count = int.Parse(Value(args, "--items") ?? "2000", CultureInfo.InvariantCulture);
        var dir = Directory.CreateDirectory(Value(args, "--dir") ?? "judgeeval-vs-promptfoo").FullName;
        var items = new StringBuilder();
        var labels = new StringBuilder();
        var tests = new StringBuilder("query,text\n");
        for (var i = 0; i < count; i++)
        {
            items.Append(new JsonObject { ["id"] = $"q{i}/d{i}", ["queryId"] = $"q{i}", ["query"] = $"question {i}", ["text"] = $"passage {i}" }.ToJsonString()).Append('\n');
            labels.Append(new JsonObject { ["id"] = $"q{i}/d{i}", ["label"] = i % 4 }.ToJsonString()).Append('\n');
            tests.Append(CultureInfo.InvariantCulture, $"question {i},passage {i}\n");
        }

        File.WriteAllText(Path.Combine(dir, "items.jsonl"), items.ToString());
        File.WriteAllText(Path.Combine(dir, "labels.jsonl"), labels.ToString());
        File.WriteAllText(Path.Combine(dir, "tests.csv"), tests.ToString());
        File.WriteAllText(Path.Combine(dir, "judgeeval.yaml"), $$"""
            version: 1
            name: throughput
            task:
              kind: pointwise
              scale: { min: 0, max: 3 }
              passThreshold: 2
            items: { path: items.jsonl, format: jsonl }
            humanLabels: { path: labels.jsonl, format: jsonl }
            bootstrap: { resamples: 200, seed: 3 }
            judges:
              - id: bench
                model: bench-model
                endpoint: local
                temperature: 0
                seed: 1
            endpoints:
              - id: local
                baseUrl: {{url}}
                concurrency: 64
                timeoutSeconds: 30
                maxRetries: 0

            """);

        // The rubric exactly as judgeeval renders it, with promptfoo's {{query}} / {{text}} variables left in.
        var rubric = PromptTemplate.BuiltInText("relevance").Replace("{{scaleMin}}", "0", StringComparison.Ordinal).Replace("{{scaleMax}}", "3", StringComparison.Ordinal);
        var system = rubric.Split("--- user ---")[0].Replace("--- system ---", "", StringComparison.Ordinal).Trim();
        var user = rubric.Split("--- user ---")[1].Trim();
        File.WriteAllText(Path.Combine(dir, "prompt.json"), new JsonArray(
            new JsonObject { ["role"] = "system", ["content"] = system },
            new JsonObject { ["role"] = "user", ["content"] = user }).ToJsonString());
        File.WriteAllText(Path.Combine(dir, "promptfooconfig.yaml"), $"""
            description: judgeeval comparison
            prompts:
              - file://prompt.json
            providers:
              - id: openai:chat:bench-model
                config:
                  apiBaseUrl: {url}
                  apiKey: no-key
                  temperature: 0
                  seed: 1
                  response_format:
                    type: json_schema
                    json_schema:
                      name: {VerdictSchema.Name(Scale.Pointwise(0, 3))}
                      strict: true
                      schema: {VerdictSchema.Json(Scale.Pointwise(0, 3))}
            tests: file://tests.csv

            """);
        Console.WriteLine($"{count} items in {dir}");
        return 0;
    }

    static string? Value(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
