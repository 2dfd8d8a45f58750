using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>
/// `samples: n` of a live judge feeds self-consistency: each sample is its own seeded request, the repeats are measured,
/// the median is what the other statistics grade, and the recording replays to the same figures.
/// </summary>
public sealed partial class LiveConsistencyTests : IDisposable
{
    readonly LiveEvalFolder folder = new();

    /// <summary>The marker grade, except that a request with an odd seed grades items whose number is a multiple of 3 one lower.</summary>
    static ScriptedReply SeedSensitive(ChatRequest request)
    {
        if (Marker().Match(request.UserText) is not { Success: true } marker)
        {
            return ScriptedReply.Completion("I cannot tell.");
        }

        var grade = int.Parse(marker.Groups[1].Value, CultureInfo.InvariantCulture);
        var item = int.Parse(Passage().Match(request.UserText).Groups[1].Value, CultureInfo.InvariantCulture);
        var seed = request.Json!["seed"]?.GetValue<long>() ?? 0;
        var score = seed % 2 == 1 && item % 3 == 0 ? Math.Max(0, grade - 1) : grade;
        return ScriptedReply.Completion(new JsonObject { ["reasoning"] = "seeded", ["score"] = score }.ToJsonString());
    }

    [Fact]
    public void Repeated_live_samples_are_measured_and_replay_from_their_recording()
    {
        using var server = FakeOpenAiServer.Start(SeedSensitive);
        folder.Write("live.yaml", $$"""
            version: 1
            task: { kind: pointwise, scale: { min: 0, max: 3 }, passThreshold: 2 }
            items: { path: data/items.jsonl, format: jsonl }
            humanLabels: { path: data/labels.jsonl, format: jsonl }
            bootstrap: { resamples: 200, seed: 3 }
            judges:
              - id: gpt
                model: openai/gpt-4o
                endpoint: local
                samples: 3
                seed: 10
                record: rec/gpt.jsonl
            endpoints:
              - id: local
                baseUrl: {{server.BaseUrl}}
                apiKeyEnv: {{folder.KeyVariable}}
            """);
        folder.Write("replay.yaml", """
            version: 1
            task: { kind: pointwise, scale: { min: 0, max: 3 }, passThreshold: 2 }
            items: { path: data/items.jsonl, format: jsonl }
            humanLabels: { path: data/labels.jsonl, format: jsonl }
            bootstrap: { resamples: 200, seed: 3 }
            judges:
              - id: gpt
                model: openai/gpt-4o
                judgments: { path: rec/gpt.jsonl, format: jsonl }
            """);

        var live = LiveEvalFolder.Run(folder.LiveManifest, folder.Out("out"), "--online");

        Assert.True(live.Results is not null, live.Stdout + live.Stderr);
        Assert.Equal(3 * LiveEvalFolder.ItemCount, server.Count);
        // Seeds 10, 11, 12: sample 1 (seed 11) grades multiples of 3 with a non-zero marker one lower. Item 3 has no
        // marker (no verdict in any sample), so 39 items have three valid samples.
        var c = live.Results.Judges.Single().Consistency!;
        Assert.Equal((39, 3.0), (c.Items, c.Samples));
        var flipped = Enumerable.Range(0, LiveEvalFolder.ItemCount).Count(i => i != LiveEvalFolder.Unclear && i % 3 == 0 && TwoJudges.Grade(i) > 0);
        Assert.Equal((double)flipped / 39, c.FlipRate, 12);
        Assert.True(c.Alpha < 1);
        // The median of (g, g - 1, g) is g: the graded verdict is the marker's, as with one sample.
        Assert.Equal(39, live.Results.Judges.Single().Valid);

        var replay = LiveEvalFolder.Run(folder.ReplayManifest, folder.Out("replay-out"));
        Assert.Equal(c, replay.Results!.Judges.Single().Consistency);
        Assert.Equal(live.Results.Judges.Single().VsHuman!.Kappa, replay.Results.Judges.Single().VsHuman!.Kappa);
    }

    [GeneratedRegex(@"grade=(\d+)")]
    private static partial Regex Marker();

    [GeneratedRegex(@"passage (\d+)")]
    private static partial Regex Passage();

    public void Dispose() => folder.Dispose();
}
