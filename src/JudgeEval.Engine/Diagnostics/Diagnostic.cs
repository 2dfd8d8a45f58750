using JudgeEval.Engine.Results;
using JudgeEval.Shared;

namespace JudgeEval.Engine.Diagnostics;

/// <summary>A located finding: input problems (JE0xxx) and audit results alike.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation? Location)
{
    /// <summary>Input problems make the run unusable (exit code 2).</summary>
    public bool IsInputError => Severity == Severity.Error && Code.StartsWith("JE0", StringComparison.Ordinal);

    /// <summary>
    /// MSBuild's canonical format, which terminals, IDEs and CI log parsers understand: always one line, with the
    /// data-derived parts (the file, the message) escaped by <see cref="ConsoleText"/>.
    /// </summary>
    public string ToCanonicalString()
    {
        var where = Location is null ? "judgeeval" : $"{ConsoleText.Escape(Location.File)}({Location.Line},{Location.Column})";
        return $"{where}: {EnumNames.Of(Severity)} {Code}: {ConsoleText.Escape(Message)}";
    }
}
