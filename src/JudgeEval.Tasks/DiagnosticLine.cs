namespace JudgeEval.Tasks;

/// <summary>One diagnostic read back from the engine's diagnostics file.</summary>
public sealed class DiagnosticLine
{
    public DiagnosticLine(string severity, string code, string file, int line, int column, int endLine, int endColumn, string helpUri, string message)
    {
        Severity = severity;
        Code = code;
        File = file;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        HelpUri = helpUri;
        Message = message;
    }

    /// <summary>"error", "warning" or "info".</summary>
    public string Severity { get; }

    public string Code { get; }

    /// <summary>Absolute path, or empty when the diagnostic has no location.</summary>
    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public string HelpUri { get; }

    public string Message { get; }
}
