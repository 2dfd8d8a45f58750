using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting;

namespace JudgeEval.Engine.Tests.Reporting;

public class VerdictTests
{
    static Diagnostic D(string code, Severity s) => new(code, s, "m", null);

    [Fact]
    public void Any_error_fails_and_names_the_deciding_codes()
    {
        var v = Findings.Decide([D("JE2001", Severity.Warning), D("JE2002", Severity.Error), D("JE2002", Severity.Error)], ["JE2010"]);

        Assert.Equal(("fail", 2, 1), (v.Outcome, v.Errors, v.Warnings));
        Assert.Equal(["JE2002"], v.DecidedBy);
    }

    [Fact]
    public void An_undecided_gate_without_errors_is_inconclusive_not_a_coin_flip() =>
        Assert.Equal("inconclusive", Findings.Decide([D("JE2010", Severity.Warning)], ["JE2010"]).Outcome);

    [Fact]
    public void Warnings_alone_pass() =>
        Assert.Equal("pass", Findings.Decide([D("JE2001", Severity.Warning)], []).Outcome);

    [Fact]
    public void Findings_carry_location_and_help_link()
    {
        var f = Findings.ToFinding(new Diagnostic("JE0073", Severity.Error, "m", new SourceLocation("a.yaml", 3, 4, 3, 9)), "https://h/d/");

        Assert.Equal(("error", "a.yaml", 3, 4, 3, 9, "https://h/d/JE0073.md"), (f.Severity, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.HelpUri));
    }
}
