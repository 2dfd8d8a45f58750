namespace JudgeEval.Engine.Diagnostics;

/// <summary>
/// How serious a finding is; users re-map it the MSBuild way (NoWarn, WarningsAsErrors). Written as "info", "warning"
/// and "error" everywhere but SARIF, whose levels are note, warning and error.
/// </summary>
public enum Severity
{
    /// <summary>Informational; SARIF "note", MSBuild message.</summary>
    Info,

    Warning,

    Error,
}
