using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Audit;

public class VerdictTests
{
    static Diagnostic D(string code, Severity s) => new(code, s, "m", null);

    [Fact]
    public void Any_error_fails_and_names_the_deciding_codes()
    {
        var v = Verdicts.Decide([D("JE2001", Severity.Warning), D("JE2002", Severity.Error), D("JE2002", Severity.Error)], ["JE2010"]);

        Assert.Equal((VerdictOutcome.Fail, 2, 1), (v.Outcome, v.Errors, v.Warnings));
        Assert.Equal(["JE2002"], v.DecidedBy);
    }

    [Fact]
    public void An_undecided_gate_without_errors_is_inconclusive_not_a_coin_flip() =>
        Assert.Equal(VerdictOutcome.Inconclusive, Verdicts.Decide([D("JE2010", Severity.Warning)], ["JE2010"]).Outcome);

    [Fact]
    public void Warnings_alone_pass() =>
        Assert.Equal(VerdictOutcome.Pass, Verdicts.Decide([D("JE2001", Severity.Warning)], []).Outcome);
}
