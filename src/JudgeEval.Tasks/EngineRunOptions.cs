using System.Collections.Generic;

namespace JudgeEval.Tasks;

/// <summary>Everything `judgeeval run` is told by the task; free of MSBuild types so it can be tested alone.</summary>
public sealed class EngineRunOptions
{
    public string EngineAssembly { get; set; } = "";

    public string Manifest { get; set; } = "";

    public string OutputDirectory { get; set; } = "";

    public string? DiagnosticsFile { get; set; }

    public string? InputsFile { get; set; }

    /// <summary>Manifest threshold names (camelCase) and their values; empty values are skipped.</summary>
    public IList<KeyValuePair<string, string>> Thresholds { get; } = new List<KeyValuePair<string, string>>();

    /// <summary>"true" or "false" forces the mode; empty leaves it to the manifest and the CI default.</summary>
    public string? Offline { get; set; }

    public string? Baseline { get; set; }

    public string? HelpBase { get; set; }

    public string? SarifRoot { get; set; }
}
