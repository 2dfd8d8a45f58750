using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.Sarif;

/// <summary>SARIF's level vocabulary: note, warning, error.</summary>
public static class SarifLevel
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Anything but error and warning reads as info, as "none" and "note" mean.</summary>
    public static Severity Parse(string? level) => level switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    };
}
