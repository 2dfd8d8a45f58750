namespace JudgeEval.Engine.Diagnostics;

/// <summary>How serious a finding is; users re-map it the MSBuild way (NoWarn, WarningsAsErrors).</summary>
public enum Severity
{
    /// <summary>Informational; SARIF "note", MSBuild message.</summary>
    Info,

    Warning,

    Error,
}
