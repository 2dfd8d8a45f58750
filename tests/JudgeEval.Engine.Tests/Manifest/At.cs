using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Manifest;

static class At
{
    /// <summary>Asserts the start of a location (1-based line and column).</summary>
    public static void Is(int line, int column, SourceLocation? at)
    {
        Assert.NotNull(at);
        Assert.Equal((line, column), (at.Line, at.Column));
    }
}
