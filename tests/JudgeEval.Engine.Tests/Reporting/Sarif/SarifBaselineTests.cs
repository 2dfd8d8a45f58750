using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting.Sarif;

namespace JudgeEval.Engine.Tests.Reporting.Sarif;

public class SarifBaselineTests
{
    [Fact]
    public void States_are_new_unchanged_updated_and_absent()
    {
        var same = SarifFixtures.Warning("judge 'opus' kappa 0.61");
        var moved = SarifFixtures.Warning("judge 'gemma' kappa 0.40");
        var gone = new Diagnostic("JE0071", Severity.Error, "labels missing", null);
        var context = SarifFixtures.Context with { Baseline = [same, SarifFixtures.Warning("judge 'gemma' kappa 0.52"), gone] };
        var fresh = new Diagnostic("JE0072", Severity.Warning, "new finding", null);

        var states = SarifBaseline.Compare([same, moved, fresh], context);

        Assert.Equal(
            [(same, "unchanged"), (moved, "updated"), (fresh, "new"), (gone, "absent")],
            states.Select(s => (s.Diagnostic, s.State!)));
    }

    [Fact]
    public void Without_a_baseline_no_state_is_written()
    {
        Assert.All(SarifBaseline.Compare([SarifFixtures.Warning("x")], SarifFixtures.Context), s => Assert.Null(s.State));
        var result = SarifFixtures.Run(SarifFixtures.Write([SarifFixtures.Warning("x")], SarifFixtures.Context)).GetProperty("results")[0];
        Assert.False(result.TryGetProperty("baselineState", out _));
    }
}
