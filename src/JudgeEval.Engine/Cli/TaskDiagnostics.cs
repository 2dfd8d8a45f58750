using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Cli;

/// <summary>
/// Codes the MSBuild task logs itself when the engine cannot report (JE0095-JE0098). The task cannot reference the engine,
/// so it repeats only the code strings; declaring them here gives them docs pages and catalog rows.
/// </summary>
public static class TaskDiagnostics
{
    public static readonly DiagnosticDescriptor EngineNotFound = new(
        "JE0095", "Engine not found", Severity.Error,
        "The MSBuild task could not find the judgeeval engine (judgeeval.dll) it runs with `dotnet exec`.",
        "Restore the JudgeEval.Tasks package again, or point JudgeEvalEngineAssembly at an existing judgeeval.dll.");

    public static readonly DiagnosticDescriptor EngineCrashed = new(
        "JE0096", "Engine crashed", Severity.Error,
        "The judgeeval engine exited with an unexpected exit code or without writing its diagnostics file; its standard error is in the build log.",
        "Build with `-v:normal` to see the engine's output; run `dotnet judgeeval run <manifest>` to reproduce, and report the bug if it persists.");

    public static readonly DiagnosticDescriptor EngineTimedOut = new(
        "JE0097", "Engine timed out", Severity.Error,
        "The judgeeval engine ran longer than JudgeEvalTimeout (milliseconds) and was stopped with its process tree.",
        "Raise JudgeEvalTimeout, lower the live-judging budget in the manifest, or judge offline from recorded judgments or the cache.");

    public static readonly DiagnosticDescriptor BadDiagnosticsFile = new(
        "JE0098", "Bad diagnostics file", Severity.Error,
        "The diagnostics file the engine left under the output folder (diagnostics.tsv) is not in the expected format, so the gate cannot be trusted.",
        "Delete the output folder (obj/judgeeval/ by default) and build again; the task and the engine must come from the same JudgeEval release.");
}
