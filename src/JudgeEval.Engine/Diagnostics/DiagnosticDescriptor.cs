namespace JudgeEval.Engine.Diagnostics;

/// <summary>A diagnostic code's fixed facts; its docs page is docs/diagnostics/{Code}.md.</summary>
public sealed record DiagnosticDescriptor(string Code, string Title, Severity DefaultSeverity, string Description, string Fix)
{
    /// <summary>
    /// When the engine reports this code at another severity than <see cref="DefaultSeverity"/>, the condition, as its docs
    /// page states it (e.g. "an error when `product.purpose` is `safety`"). Null: always the default.
    /// </summary>
    public string? SeverityRule { get; init; }

    public Diagnostic Create(string message, SourceLocation? location) => new(Code, DefaultSeverity, message, location);

    public Diagnostic Create(Severity severity, string message, SourceLocation? location) => new(Code, severity, message, location);
}
