using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>JE3001: a pairwise judge that always names the output shown first, next to one that is order-independent.</summary>
public sealed class PositionBiasRulesTests : IDisposable
{
    readonly AuditCase c = new();

    [Fact]
    public void A_first_position_judge_is_flagged_at_its_entry_and_a_consistent_one_is_not()
    {
        c.Items(20);
        double[] human = [.. Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 1.0 : 2.0)];
        c.Labels(human);
        c.Verdicts("first.jsonl", [.. human.Select(_ => 1.0)], [.. human.Select(_ => 2.0)]); // output shown first, in both orders
        c.Verdicts("steady.jsonl", human, human);
        c.Run("""
            version: 1
            task:
              kind: pairwise
            items: { path: items.jsonl, format: jsonl }
            humanLabels: { path: labels.jsonl, format: jsonl }
            judges:
              - id: first
                model: claude-3.5-sonnet
                judgments: { path: first.jsonl, format: jsonl }
              - id: steady
                model: gemini-1.5-pro
                judgments: { path: steady.jsonl, format: jsonl }
            thresholds:
              positionConsistencyMin: 0.9
              minCalibrationItems: 20
            """);

        var d = c.Single("JE3001", c.Line("id: first"), about: "first");
        Assert.Equal(Severity.Warning, d.Severity);
        var p = c.Outcome.Results!.Judges.Single(j => j.Id == "first").Position!;
        Assert.Equal((20, 0.0, 1.0), (p.N, p.Consistency, p.FirstPositionRate));
        var steady = c.Outcome.Results.Judges.Single(j => j.Id == "steady").Position!;
        Assert.Equal((1.0, 0.5), (steady.Consistency, steady.FirstPositionRate));
    }

    public void Dispose() => c.Dispose();
}
