using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Diagnostics;

public class CanonicalFormatTests
{
    [Fact]
    public void Located_warning_uses_msbuild_canonical_format() =>
        Assert.Equal(
            "judgeeval.yaml(12,5): warning JE2001: kappa low",
            new Diagnostic("JE2001", Severity.Warning, "kappa low", new SourceLocation("judgeeval.yaml", 12, 5, 12, 9)).ToCanonicalString());

    [Fact]
    public void Unlocated_error_names_the_tool() =>
        Assert.Equal(
            "judgeeval: error JE0001: bad",
            new Diagnostic("JE0001", Severity.Error, "bad", null).ToCanonicalString());

    [Theory]
    [InlineData("JE0001", Severity.Error, true)]
    [InlineData("JE0001", Severity.Warning, false)]
    [InlineData("JE2001", Severity.Error, false)]
    public void Only_JE0_errors_make_input_unusable(string code, Severity severity, bool expected) =>
        Assert.Equal(expected, new Diagnostic(code, severity, "m", null).IsInputError);
}
