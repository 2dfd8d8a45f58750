using System.Text;
using System.Text.Json.Nodes;
using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Reporting.Json;
using JudgeEval.Engine.Results;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>
/// A temp folder with a pointwise eval (items, human labels) and two manifests over it: one with live judges against the
/// local fake server, and one replaying the JSONL the live run recorded. The API key lives in a per-instance variable.
/// </summary>
public sealed class LiveEvalFolder : IDisposable
{
    public const int ItemCount = 40;

    /// <summary>Item 3 carries no grade marker, so both judges answer without a verdict ("no verdict").</summary>
    public const int Unclear = 3;

    public const string Key = "sk-e2e-9f8e7d6c5b4a3210LEAKCHECK";

    public LiveEvalFolder()
    {
        KeyVariable = "JUDGEEVAL_E2E_KEY_" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        Environment.SetEnvironmentVariable(KeyVariable, Key);
        var items = new StringBuilder();
        var labels = new StringBuilder();
        for (var i = 0; i < ItemCount; i++)
        {
            var text = i == Unclear ? $"passage {i} unclear" : $"passage {i} grade={TwoJudges.Grade(i)}";
            items.AppendLine(new JsonObject { ["id"] = $"q{i}/d{i}", ["queryId"] = $"q{i}", ["query"] = $"question {i}", ["text"] = text }.ToJsonString());
            labels.AppendLine(new JsonObject { ["id"] = $"q{i}/d{i}", ["label"] = TwoJudges.HumanLabel(i) }.ToJsonString());
        }

        Write("data/items.jsonl", items.ToString());
        Write("data/labels.jsonl", labels.ToString());
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("judgeeval-e2e-").FullName;

    public string KeyVariable { get; }

    public string LiveManifest => Path.Combine(Folder, "live.yaml");

    public string ReplayManifest => Path.Combine(Folder, "replay.yaml");

    /// <summary>
    /// The fake server: model openai/gpt-4o reads the marker; anthropic/claude-3-5-sonnet reads it but grades one higher
    /// (capped at 3) on every fourth item, so the two judges differ. Item <see cref="Unclear"/> has no marker: no verdict.
    /// </summary>
    public static ScriptedReply Answer(ChatRequest request) => TwoJudges.Answer(request);

    public void WriteManifests(string baseUrl, string extraEndpoint = "", string cache = "")
    {
        var common = """
            version: 1
            name: e2e
            task:
              kind: pointwise
              scale: { min: 0, max: 3 }
              passThreshold: 2
            items: { path: data/items.jsonl, format: jsonl }
            humanLabels: { path: data/labels.jsonl, format: jsonl }
            bootstrap: { resamples: 200, seed: 3 }
            """;
        Write("live.yaml", common + $$"""

            judges:
              - id: gpt
                model: openai/gpt-4o
                endpoint: local
                temperature: 0
                seed: 7
                record: rec/gpt.jsonl
              - id: claude
                model: anthropic/claude-3-5-sonnet
                endpoint: local
                record: rec/claude.jsonl
            endpoints:
              - id: local
                baseUrl: {{baseUrl}}
                apiKeyEnv: {{KeyVariable}}
                concurrency: 8
                timeoutSeconds: 10
                maxRetries: 1
                prices:
                  openai/gpt-4o: { input: 2.5, output: 10 }
            {{extraEndpoint}}
            {{cache}}
            """);
        Write("replay.yaml", common + """

            judges:
              - id: gpt
                model: openai/gpt-4o
                judgments: { path: rec/gpt.jsonl, format: jsonl }
              - id: claude
                model: anthropic/claude-3-5-sonnet
                judgments: { path: rec/claude.jsonl, format: jsonl }
            """);
    }

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Out(string name) => Path.Combine(Folder, name);

    /// <summary>Any `judgeeval` command as the command line runs it; stdout and stderr captured.</summary>
    public static (int Exit, string Stdout, string Stderr) Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>`judgeeval run` as the command line runs it; stdout and stderr captured.</summary>
    public static (int Exit, string Stdout, string Stderr, EvalResults? Results) Run(string manifest, string outDir, params string[] options)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(["run", manifest, "--out", outDir, "--diagnostics", Path.Combine(outDir, "diagnostics.tsv"), .. options], stdout, stderr);
        var resultsPath = Path.Combine(outDir, "results.json");
        var results = File.Exists(resultsPath) ? ResultsJson.Deserialize(File.ReadAllText(resultsPath)) : null;
        return (exit, stdout.ToString(), stderr.ToString(), results);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(KeyVariable, null);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
