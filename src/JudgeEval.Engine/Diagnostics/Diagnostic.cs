namespace JudgeEval.Engine.Diagnostics;

/// <summary>A located finding: input problems (JE0xxx) and audit results alike.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation? Location)
{
    /// <summary>Input problems make the run unusable (exit code 2).</summary>
    public bool IsInputError => Severity == Severity.Error && Code.StartsWith("JE0", StringComparison.Ordinal);

    /// <summary>MSBuild's canonical format, which terminals, IDEs and CI log parsers understand.</summary>
    public string ToCanonicalString()
    {
        var level = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        var where = Location is null ? "judgeeval" : $"{Location.File}({Location.Line},{Location.Column})";
        return $"{where}: {level} {Code}: {Message}";
    }
}
