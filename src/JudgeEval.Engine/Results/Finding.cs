using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Results;

/// <summary>A diagnostic as results.json records it; file paths are as the engine saw them.</summary>
public sealed record Finding(string Code, Severity Severity, string Message, string? File, int? Line, int? Column, int? EndLine, int? EndColumn, string? HelpUri)
{
    public static Finding From(Diagnostic d, string helpBase) => new(
        d.Code,
        d.Severity,
        d.Message,
        d.Location?.File,
        d.Location?.Line,
        d.Location?.Column,
        d.Location?.EndLine,
        d.Location?.EndColumn,
        DiagnosticCatalog.HelpUri(helpBase, d.Code));

    public Diagnostic ToDiagnostic() => new(
        Code,
        Severity,
        Message,
        File is { } file ? new SourceLocation(file, Line ?? 1, Column ?? 1, EndLine ?? Line ?? 1, EndColumn ?? Column ?? 1) : null);
}
