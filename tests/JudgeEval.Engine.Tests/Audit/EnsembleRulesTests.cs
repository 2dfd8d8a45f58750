namespace JudgeEval.Engine.Tests.Audit;

/// <summary>JE4001: a median ensemble dragged below its best member by two correlated weak members, and one that is not.</summary>
public sealed class EnsembleRulesTests : IDisposable
{
    readonly AuditCase c = PointwiseCase.Start();

    const string Ensemble = """
        ensembles:
          - id: panel
            method: median
            members: [a, b, d]
        thresholds:
          minCalibrationItems: 40
        """;

    static readonly (string, string)[] Judges = [("a", "claude-3.5-sonnet"), ("b", "gemini-1.5-pro"), ("d", "mistral-large")];

    [Fact]
    public void An_ensemble_below_its_best_member_warns_at_the_ensemble()
    {
        // b and d both raise 12 items by two grades: the median follows them, kappa 0.52 (python3), against a's 1.0.
        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Scores("b.jsonl", PointwiseCase.RaisedByTwo(12));
        c.Scores("d.jsonl", PointwiseCase.RaisedByTwo(12));
        c.Run(PointwiseCase.Manifest(Ensemble, Judges));

        var e = c.Outcome.Results!.Ensembles.Single();
        Assert.Equal(0.52, e.VsHuman!.Kappa, 12);
        Assert.Equal(("a", 1.0), (e.BestMember, e.BestMemberKappa));
        var d = c.Single("JE4001", c.Line("id: panel"), about: "panel");
        Assert.Contains("best member 'a'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ensemble_as_good_as_its_best_member_is_quiet()
    {
        // Only d is off: the median of (L, L, L+2) is L, so the ensemble equals its best member (kappa 1).
        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Scores("b.jsonl", PointwiseCase.Perfect);
        c.Scores("d.jsonl", PointwiseCase.RaisedByTwo(12));
        c.Run(PointwiseCase.Manifest(Ensemble, Judges));
        Assert.Equal(1.0, c.Outcome.Results!.Ensembles.Single().VsHuman!.Kappa, 12);
        Assert.False(c.Has("JE4001"));
    }

    public void Dispose() => c.Dispose();
}
