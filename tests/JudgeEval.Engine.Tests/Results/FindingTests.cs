using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Results;

public class FindingTests
{
    [Fact]
    public void Findings_carry_location_and_help_link()
    {
        var f = Finding.From(new Diagnostic("JE0073", Severity.Error, "m", new SourceLocation("a.yaml", 3, 4, 3, 9)), "https://h/d/");

        Assert.Equal((Severity.Error, "a.yaml", 3, 4, 3, 9, "https://h/d/JE0073.md"), (f.Severity, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.HelpUri));
    }
}
