using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Cli;

/// <summary>
/// Codes build/JudgeEval.Tasks.targets logs itself while locating the manifest, before any engine runs. Declaring them
/// here gives them docs pages and catalog rows; the targets file repeats only the code strings.
/// </summary>
public static class TargetsDiagnostics
{
    public static readonly DiagnosticDescriptor NamedManifestMissing = new(
        "JE0028", "Named manifest not found", Severity.Error,
        "The project names a manifest (`JudgeEvalManifest`, e.g. `-p:JudgeEvalManifest=evals/judgeeval.yaml`) that does not exist. A named manifest is a gate the project asked for, so its absence fails the build at the project instead of switching the gate off.",
        "Fix the path (relative to the project folder), or remove the property to use judgeeval.yaml beside the project, or set `JudgeEvalEnabled=false` to turn the gate off.");

    public static readonly DiagnosticDescriptor TwoManifests = new(
        "JE0029", "Both judgeeval.yaml and judgeeval.yml", Severity.Error,
        "The project names no manifest, and both judgeeval.yaml and judgeeval.yml are beside it; which one is the gate is ambiguous, so neither runs and the build fails.",
        "Delete or rename one of them, or name the one to use with `JudgeEvalManifest`.");

    public static readonly DiagnosticDescriptor NoManifest = new(
        "JE0130", "No manifest: the gate is off", Severity.Info,
        "The project names no manifest and has neither judgeeval.yaml nor judgeeval.yml beside it. That is the documented opt-out: referencing the package alone changes nothing. One low-importance message (`-v:detailed`) says so.",
        "Add a judgeeval.yaml beside the project, or name one with `JudgeEvalManifest`.");
}
