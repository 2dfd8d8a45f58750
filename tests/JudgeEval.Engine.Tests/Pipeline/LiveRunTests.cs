using JudgeEval.Engine.Tests.Judging;
using JudgeEval.Engine.Results;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>
/// `judgeeval run` with live judges against the local fake server: the audit equals the audit of the same verdicts
/// replayed from the JSONL the run recorded; a second run is served from the cache; the key is in no output.
/// </summary>
public sealed class LiveRunTests : IDisposable
{
    readonly LiveEvalFolder folder = new();

    [Fact]
    public void Live_run_equals_the_replay_of_its_recording_and_reruns_from_the_cache()
    {
        using var server = FakeOpenAiServer.Start(LiveEvalFolder.Answer);
        folder.WriteManifests(server.BaseUrl);
        var outDir = folder.Out("out");

        var live = LiveEvalFolder.Run(folder.LiveManifest, outDir, "--online");

        // Two judges x 40 items, one request each.
        Assert.True(live.Results is not null, live.Stdout + live.Stderr);
        Assert.Equal(2 * LiveEvalFolder.ItemCount, server.Count);
        Assert.Equal((80, 80, 0, 2), (live.Results.Live!.Requests, live.Results.Live.Calls, live.Results.Live.CacheHits, live.Results.Live.Missing));
        Assert.True(live.Results.Live.Complete);
        // gpt-4o's price: 40 calls x (100 input x 2.5 + 10 output x 10) / 1e6 = 0.014 (the fake server reports 100+10 tokens).
        Assert.Equal(0.014, live.Results.Live.Cost, 9);
        Assert.Equal((8000L, 800L), (live.Results.Live.InputTokens, live.Results.Live.OutputTokens));
        Assert.True(File.Exists(Path.Combine(folder.Folder, "rec", "gpt.jsonl")));
        Assert.Equal(80, LiveSetup.CachedAnswers(Path.Combine(outDir, "cache")));
        Assert.Contains("judgeeval: 80/80 requests", live.Stderr, StringComparison.Ordinal);

        var replay = LiveEvalFolder.Run(folder.ReplayManifest, folder.Out("replay-out"));
        Assert.True(replay.Results is not null, replay.Stdout + replay.Stderr);
        Assert.Null(replay.Results.Live);
        AssertSameAudit(replay.Results, live.Results);

        // Independent check of one figure: gpt's grades equal the true grade, humans differ on i % 6 == 0 (7 of the 39
        // judged items: 0, 6, 12, 18, 24, 30, 36), so 32 of its 39 verdicts are on the confusion matrix's diagonal.
        var gpt = live.Results.Judges.Single(j => j.Id == "gpt");
        Assert.Equal((40, 39), (gpt.Items, gpt.Valid));
        Assert.Equal(32, Diagonal(gpt));

        var again = LiveEvalFolder.Run(folder.LiveManifest, outDir, "--online");
        Assert.Equal(2 * LiveEvalFolder.ItemCount, server.Count);
        Assert.Equal((0, 80), (again.Results!.Live!.Calls, again.Results.Live.CacheHits));
        AssertSameAudit(again.Results, live.Results);

        AssertKeyNowhere(live.Stdout + live.Stderr + again.Stdout + again.Stderr);
    }

    [Fact]
    public void A_judge_with_recorded_judgments_and_an_endpoint_is_judged_live_and_records()
    {
        using var server = FakeOpenAiServer.Start(LiveEvalFolder.Answer);
        folder.WriteManifests(server.BaseUrl);
        // A stale recording with every score 0: a live judge must not read it.
        folder.Write("rec/gpt.jsonl", string.Concat(Enumerable.Range(0, LiveEvalFolder.ItemCount).Select(i => $$"""{"id":"q{{i}}/d{{i}}","score":0}""" + "\n")));
        var yaml = File.ReadAllText(folder.LiveManifest).Replace(
            "    endpoint: local\n    temperature: 0",
            "    judgments: { path: rec/gpt.jsonl, format: jsonl }\n    endpoint: local\n    temperature: 0",
            StringComparison.Ordinal);
        folder.Write("live.yaml", yaml);

        var live = LiveEvalFolder.Run(folder.LiveManifest, folder.Out("out"), "--online");

        Assert.True(live.Results is not null, live.Stdout + live.Stderr);
        Assert.Equal(80, live.Results.Live!.Calls);
        Assert.Equal(32, Diagonal(live.Results.Judges.Single(j => j.Id == "gpt")));
        Assert.Contains("\"score\":2", File.ReadAllText(Path.Combine(folder.Folder, "rec", "gpt.jsonl")), StringComparison.Ordinal);
    }

    static int Diagonal(JudgeResult judge) => Enumerable.Range(0, 4).Sum(k => judge.VsHuman!.Confusion![k][k]);

    static void AssertSameAudit(EvalResults actual, EvalResults expected)
    {
        Assert.Equal(expected.Verdict.Outcome, actual.Verdict.Outcome);
        Assert.Equal(
            expected.Judges.Select(j => (j.Id, j.Items, j.Valid, j.Coverage, j.VsHuman?.N, j.VsHuman?.Kappa, j.VsHuman?.KappaCi95.Lower, j.VsHuman?.KappaCi95.Upper)),
            actual.Judges.Select(j => (j.Id, j.Items, j.Valid, j.Coverage, j.VsHuman?.N, j.VsHuman?.Kappa, j.VsHuman?.KappaCi95.Lower, j.VsHuman?.KappaCi95.Upper)));
        Assert.Equal(expected.Agreement.Select(a => (a.A, a.B, a.N, a.Kappa)), actual.Agreement.Select(a => (a.A, a.B, a.N, a.Kappa)));
        Assert.Equal(AuditCodes(expected), AuditCodes(actual));
    }

    /// <summary>Finding codes other than the live-judging ones (JE90xx: summary, missing verdicts), which replay cannot have.</summary>
    static List<string> AuditCodes(EvalResults r) =>
        [.. r.Findings.Select(f => f.Code).Where(c => !c.StartsWith("JE90", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    void AssertKeyNowhere(string consoleText)
    {
        Assert.DoesNotContain(LiveEvalFolder.Key, consoleText, StringComparison.Ordinal);
        var files = Directory.GetFiles(folder.Folder, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("judgeeval.sarif", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("report.html", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("diagnostics.tsv", StringComparison.Ordinal));
        Assert.All(files, f => Assert.DoesNotContain(LiveEvalFolder.Key, File.ReadAllText(f), StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();
}
