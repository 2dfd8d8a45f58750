using System.Text;
using System.Text.Json.Nodes;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.EndToEnd.Tests;

/// <summary>
/// Live judging through `dotnet build` of a packed consumer, against the fake OpenAI server in this process: the build
/// judges and records, a consumer replaying the recording gets the same audit, a rebuild is served from the cache,
/// and the API key is in no output.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class LiveBuildTests(PackagesFixture packages)
{
    const int ItemCount = 40;

    const string Key = "sk-e2e-live-build-0a1b2c3d4e5fLEAKCHECK";

    const string Common = """
        version: 1
        name: live build e2e
        task:
          kind: pointwise
          scale: { min: 0, max: 3 }
          passThreshold: 2
        items: { path: data/items.jsonl, format: jsonl }
        humanLabels: { path: data/labels.jsonl, format: jsonl }
        thresholds:
          kappaWarn: 0.99
          kappaFail: 0.10
          minCalibrationItems: 10
          maxLabelAgeDays: 100000
        bootstrap: { resamples: 200, seed: 3 }
        """;

    const string ReplayJudges = """

        judges:
          - id: gpt
            model: openai/gpt-4o
            judgments: { path: rec/gpt.jsonl, format: jsonl }
          - id: claude
            model: anthropic/claude-3-5-sonnet
            judgments: { path: rec/claude.jsonl, format: jsonl }
        """;

    [Fact]
    public void A_live_build_records_replays_to_the_same_audit_and_rebuilds_from_the_cache()
    {
        var keyVariable = "JUDGEEVAL_E2E_BUILD_KEY_" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        // The child `dotnet build` inherits this process's environment: that is how a user's shell hands over the key.
        Environment.SetEnvironmentVariable(keyVariable, Key);
        try
        {
            using var server = FakeOpenAiServer.Start(TwoJudges.Answer);
            var live = Consumer.Create(packages, "live-build");
            WriteData(live.Dir);
            File.WriteAllText(Path.Combine(live.Dir, "judgeeval.yaml"), Common + LiveJudges(server.BaseUrl, keyVariable) + "\n");

            var first = live.Build("-v:n");

            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Equal(2 * ItemCount, server.Count);
            Assert.All(server.Requests, r => Assert.Equal("Bearer " + Key, r.Authorization));
            var liveResults = Read(live.Results);
            Assert.Equal((80, 80, 0), (Int(liveResults, "live", "requests"), Int(liveResults, "live", "calls"), Int(liveResults, "live", "cacheHits")));
            Assert.True(liveResults["live"]!["complete"]!.GetValue<bool>());
            Assert.True(File.Exists(Path.Combine(live.Dir, "rec", "gpt.jsonl")), first.ToString());
            Assert.True(File.Exists(Path.Combine(live.Dir, "rec", "claude.jsonl")), first.ToString());

            // Independent check: gpt grades the true grade; humans differ on i % 6 == 0 (0, 6, ..., 36: 7 of the 40),
            // so 33 of its verdicts are on the confusion matrix's diagonal. claude grades one higher on every fourth item
            // where that grade is below 3, so its kappa must differ from gpt's.
            var gpt = Judge(liveResults, "gpt");
            Assert.Equal(33, Enumerable.Range(0, 4).Sum(k => gpt["vsHuman"]!["confusion"]![k]![k]!.GetValue<int>()));
            Assert.NotEqual(Kappa(liveResults, "gpt"), Kappa(liveResults, "claude"));

            var replay = Consumer.Create(packages, "live-replay");
            WriteData(replay.Dir);
            CopyRecordings(live.Dir, replay.Dir);
            File.WriteAllText(Path.Combine(replay.Dir, "judgeeval.yaml"), Common + ReplayJudges + "\n");

            var replayed = replay.Build();

            Assert.True(replayed.ExitCode == 0, replayed.ToString());
            var replayResults = Read(replay.Results);
            Assert.Null(replayResults["live"]);
            Assert.Equal(Audit(liveResults), Audit(replayResults));
            Assert.Equal(AuditCodes(liveResults), AuditCodes(replayResults));
            Assert.NotEmpty(AuditCodes(liveResults));
            Assert.Equal(WithoutLive(Consumer.Codes(first, "warning")), WithoutLive(Consumer.Codes(replayed, "warning")));

            // Newer than the outputs, so the incremental target runs the engine again; the cache answers every request.
            File.SetLastWriteTimeUtc(Path.Combine(live.Dir, "judgeeval.yaml"), DateTime.UtcNow.AddSeconds(2));
            var second = live.Build("-v:n");

            Assert.True(second.ExitCode == 0, second.ToString());
            Assert.Equal(2 * ItemCount, server.Count);
            var cached = Read(live.Results);
            Assert.Equal((0, 80), (Int(cached, "live", "calls"), Int(cached, "live", "cacheHits")));
            Assert.Equal(Audit(liveResults), Audit(cached));

            Assert.DoesNotContain(Key, first.Output + replayed.Output + second.Output, StringComparison.Ordinal);
            var files = Directory.GetFiles(live.OutputDir, "*", SearchOption.AllDirectories);
            Assert.Contains(files, f => f.Contains(Path.DirectorySeparatorChar + "cache" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            Assert.Contains(files, f => f.EndsWith("judgeeval.sarif", StringComparison.Ordinal));
            Assert.Contains(files, f => f.EndsWith("report.html", StringComparison.Ordinal));
            Assert.All(
                files.Concat(Directory.GetFiles(Path.Combine(live.Dir, "rec"))),
                f => Assert.False(File.ReadAllText(f).Contains(Key, StringComparison.Ordinal), f + " holds the key"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(keyVariable, null);
        }
    }

    static string LiveJudges(string baseUrl, string keyVariable) => $$"""

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
            apiKeyEnv: {{keyVariable}}
            concurrency: 4
            timeoutSeconds: 30
            maxRetries: 1
        """;

    static void WriteData(string dir)
    {
        var items = new StringBuilder();
        var labels = new StringBuilder();
        for (var i = 0; i < ItemCount; i++)
        {
            items.Append(new JsonObject { ["id"] = $"q{i}/d{i}", ["queryId"] = $"q{i}", ["query"] = $"question {i}", ["text"] = $"passage {i} grade={TwoJudges.Grade(i)}" }.ToJsonString()).Append('\n');
            labels.Append(new JsonObject { ["id"] = $"q{i}/d{i}", ["label"] = TwoJudges.HumanLabel(i) }.ToJsonString()).Append('\n');
        }

        var data = Directory.CreateDirectory(Path.Combine(dir, "data")).FullName;
        File.WriteAllText(Path.Combine(data, "items.jsonl"), items.ToString());
        File.WriteAllText(Path.Combine(data, "labels.jsonl"), labels.ToString());
    }

    static void CopyRecordings(string from, string to)
    {
        var rec = Directory.CreateDirectory(Path.Combine(to, "rec")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(from, "rec"), "*.jsonl"))
        {
            File.Copy(file, Path.Combine(rec, Path.GetFileName(file)));
        }
    }

    static JsonNode Read(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    static int Int(JsonNode results, string section, string field) => results[section]![field]!.GetValue<int>();

    static JsonNode Judge(JsonNode results, string id) => results["judges"]!.AsArray().Single(j => j!["id"]!.GetValue<string>() == id)!;

    static double Kappa(JsonNode results, string id) => Judge(results, id)["vsHuman"]!["kappa"]!.GetValue<double>();

    /// <summary>Per judge: items, valid verdicts, n against humans, kappa and its interval; and the verdict.</summary>
    static List<string> Audit(JsonNode results) =>
    [
        "verdict " + results["verdict"]!["outcome"]!.ToJsonString(),
        .. results["judges"]!.AsArray().Select(j => string.Join(
            ' ',
            j!["id"]!.GetValue<string>(),
            j["items"]!.ToJsonString(),
            j["valid"]!.ToJsonString(),
            j["vsHuman"]!["n"]!.ToJsonString(),
            j["vsHuman"]!["kappa"]!.ToJsonString(),
            j["vsHuman"]!["kappaCi95"]!.ToJsonString())),
    ];

    /// <summary>Finding codes other than the live-judging ones (JE90xx), which a replay cannot have.</summary>
    static List<string> AuditCodes(JsonNode results) =>
        WithoutLive(results["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()));

    static List<string> WithoutLive(IEnumerable<string> codes) =>
        [.. codes.Where(c => !c.StartsWith("JE90", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
