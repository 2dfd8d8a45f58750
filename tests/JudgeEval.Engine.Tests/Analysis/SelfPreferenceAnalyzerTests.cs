using JudgeEval.Engine.Tests.Audit;

namespace JudgeEval.Engine.Tests.Analysis;

/// <summary>Which outputs count as the judge's own: `a|b` producers are own only when every candidate is.</summary>
public sealed class SelfPreferenceAnalyzerTests : IDisposable
{
    readonly AuditCase c = new();

    [Fact]
    public void Ambiguous_producers_are_left_out_and_unanimous_ones_kept()
    {
        // 0-9: gpt-4o|gpt-4o-mini (all GPT: own); 10-19: gpt-4o|claude-3.5-sonnet (ambiguous: out); 20-29: Claude (other);
        // 30-31: no producer (out). The judge adds one grade on the own items only.
        string? Producer(int i) => i < 10 ? "gpt-4o|gpt-4o-mini" : i < 20 ? "gpt-4o|claude-3.5-sonnet" : i < 30 ? "claude-3.5-sonnet" : null;
        c.Items(32, Producer);
        c.Labels([.. Enumerable.Range(0, 32).Select(i => (double)(i % 3))]);
        c.Scores("gpt.jsonl", [.. Enumerable.Range(0, 32).Select(i => (double?)((i % 3) + (i < 10 ? 1 : i is >= 10 and < 20 ? 1 : 0)))]);
        c.Run("""
            version: 1
            task:
              kind: pointwise
              scale: { min: 0, max: 3 }
            items: { path: items.jsonl, format: jsonl }
            humanLabels: { path: labels.jsonl, format: jsonl }
            judges:
              - id: gpt
                model: gpt-4o
                judgments: { path: gpt.jsonl, format: jsonl }
            """);

        var s = Assert.Single(c.Outcome.Results!.SelfPreference);
        Assert.Equal((10, 10), (s.OwnN, s.OtherN));
        Assert.Equal(1.0, s.OwnBias, 12);
        Assert.Equal(0.0, s.OtherBias, 12);
        Assert.Equal(["gpt-4o", "gpt-4o-mini"], s.RelatedModels);
    }

    public void Dispose() => c.Dispose();
}
