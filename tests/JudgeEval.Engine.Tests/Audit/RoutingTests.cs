namespace JudgeEval.Engine.Tests.Audit;

/// <summary>Two-pass routing replayed on recorded data: escalations, calls, costs from `prices:` and tokensPerCall, kappas.</summary>
public sealed class RoutingTests : IDisposable
{
    readonly AuditCase c = PointwiseCase.Start();

    [Fact]
    public void Routing_counts_escalations_calls_and_costs()
    {
        // First judge g: label-0 items 0..4 graded 3 (wrong, outside the band, kept), 5..6 missing (escalated), rest exact.
        // Escalated: the 20 items graded 1 or 2 plus the 2 missing ones = 22.
        var g = PointwiseCase.Perfect;
        for (int i = 0, zeros = 0; i < g.Length; i++)
        {
            if (PointwiseCase.Labels[i] == 0)
            {
                g[i] = zeros < 5 ? 3 : zeros < 7 ? null : 0;
                zeros++;
            }
        }

        c.Scores("g.jsonl", g);
        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Scores("b.jsonl", PointwiseCase.RaisedByTwo(12)); // the lower median of (a, b) is a: the ensemble is exact
        c.Run(PointwiseCase.Manifest("""
            ensembles:
              - id: pair
                method: median
                members: [a, b]
            routing:
              first: g
              ensemble: pair
              band: [1, 2]
              tokensPerCall: { input: 1000, output: 50 }
            prices:
              gemma-2-9b: { input: 0.1, output: 0.3 }
              claude-3.5-sonnet: { perCall: 0.02 }
              gemini-1.5-pro: { perCall: 0.01 }
            thresholds:
              minCalibrationItems: 40
            """, ("g", "gemma-2-9b"), ("a", "claude-3.5-sonnet"), ("b", "gemini-1.5-pro")));

        var r = c.Outcome.Results!.Routing!;
        Assert.Equal((40, 22), (r.Items, r.Escalated));
        Assert.Equal(40 + (22 * 2), r.RoutedCalls);
        Assert.Equal(40 * 2, r.FullEnsembleCalls);
        // g per call: (0.1 * 1000 + 0.3 * 50) / 1e6 = 1.15e-4; the ensemble per item: 0.02 + 0.01.
        Assert.Equal((40 * 1.15e-4) + (22 * 0.03), r.RoutedCost!.Value, 12);
        Assert.Equal(40 * 0.03, r.FullEnsembleCost!.Value, 12);
        // Routed verdicts equal the labels except 5 label-0 items graded 3: quadratic kappa 0.55 (python3, exact fractions).
        Assert.Equal(0.55, r.RoutedKappa, 12);
        Assert.Equal(1.0, r.FullEnsembleKappa, 12);
    }

    [Fact]
    public void Without_prices_the_calls_are_counted_and_the_costs_left_undefined()
    {
        // g exact everywhere: the 20 items graded 1 or 2 are escalated; routed verdicts are then exact too.
        c.Scores("g.jsonl", PointwiseCase.Perfect);
        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Scores("b.jsonl", PointwiseCase.Perfect);
        c.Run(PointwiseCase.Manifest("""
            ensembles:
              - id: pair
                method: median
                members: [a, b]
            routing:
              first: g
              ensemble: pair
              band: [1, 2]
            prices:
              claude-3.5-sonnet: { perCall: 0.02 }
            thresholds:
              minCalibrationItems: 40
            """, ("g", "gemma-2-9b"), ("a", "claude-3.5-sonnet"), ("b", "gemini-1.5-pro")));

        var r = c.Outcome.Results!.Routing!;
        Assert.Equal((20, 80, 80), (r.Escalated, r.RoutedCalls, r.FullEnsembleCalls));
        Assert.Null(r.RoutedCost);
        Assert.Null(r.FullEnsembleCost);
        Assert.Equal(1.0, r.RoutedKappa, 12);
    }

    public void Dispose() => c.Dispose();
}
