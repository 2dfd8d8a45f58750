using System.Collections.Generic;

namespace JudgeEval.Tasks;

/// <summary>A parsed diagnostics file: its diagnostics, or the first format error and its 1-based line.</summary>
public sealed class DiagnosticsFileContent
{
    DiagnosticsFileContent(IReadOnlyList<DiagnosticLine> diagnostics, string? error, int errorLine)
    {
        Diagnostics = diagnostics;
        Error = error;
        ErrorLine = errorLine;
    }

    public IReadOnlyList<DiagnosticLine> Diagnostics { get; }

    public string? Error { get; }

    public int ErrorLine { get; }

    public static DiagnosticsFileContent Valid(IReadOnlyList<DiagnosticLine> diagnostics) => new(diagnostics, null, 0);

    public static DiagnosticsFileContent Invalid(string error, int line) => new(new DiagnosticLine[0], error, line);
}
