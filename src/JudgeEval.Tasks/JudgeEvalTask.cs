using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace JudgeEval.Tasks;

/// <summary>
/// Runs `judgeeval run` out of process. It logs only its own failures (JE0095-JE0097): the findings are in the
/// diagnostics file, which <see cref="JudgeEvalReplayTask"/> logs on every build, run or skipped.
/// </summary>
public sealed class JudgeEvalTask : ToolTask
{
    bool cancelled;

    [Required]
    public string EngineAssembly { get; set; } = "";

    [Required]
    public string Manifest { get; set; } = "";

    [Required]
    public string OutputDirectory { get; set; } = "";

    [Required]
    public string DiagnosticsFile { get; set; } = "";

    public string? InputsFile { get; set; }

    /// <summary>Items named after manifest thresholds (kappaWarn, ...) with a Value metadata.</summary>
    public ITaskItem[] Thresholds { get; set; } = [];

    public string? Offline { get; set; }

    public string? Baseline { get; set; }

    public string? HelpBase { get; set; }

    /// <summary>The folder SARIF paths and CI annotations are relative to; empty: the git work tree's root.</summary>
    public string? SarifRoot { get; set; }

    protected override string ToolName => DotnetHost.FallbackName;

    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Low;

    protected override MessageImportance StandardErrorLoggingImportance => MessageImportance.Normal;

    protected override string GenerateFullPathToTool() => DotnetHost.Resolve(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"));

    protected override string GenerateCommandLineCommands() => EngineCommandLine.Render(EngineCommandLine.Arguments(Options()));

    protected override bool ValidateParameters()
    {
        if (File.Exists(EngineAssembly))
        {
            return true;
        }

        Log.LogError(null, TaskCodes.EngineNotFound, null, Manifest, 0, 0, 0, 0, "The judgeeval engine was not found at '{0}'.", EngineAssembly);
        return false;
    }

    protected override int ExecuteTool(string pathToTool, string responseFileCommands, string commandLineCommands)
    {
        // A stale file from an earlier run must never be replayed as this run's result.
        File.Delete(DiagnosticsFile);
        var clock = Stopwatch.StartNew();
        var exit = base.ExecuteTool(pathToTool, responseFileCommands, commandLineCommands);
        return cancelled ? exit : Judge(exit, clock.Elapsed);
    }

    /// <summary>
    /// Exit codes 0-2 are reports (clean, failing findings, unusable input); anything else is a crash, or the timeout's
    /// kill when the run lasted the whole timeout: ToolTask's kill exits -1 on Windows but 137 (SIGKILL) on Unix.
    /// </summary>
    int Judge(int exit, TimeSpan elapsed)
    {
        if (exit is < 0 or > 2 && Timeout != System.Threading.Timeout.Infinite && elapsed.TotalMilliseconds >= Timeout)
        {
            Log.LogError(null, TaskCodes.EngineTimedOut, null, Manifest, 0, 0, 0, 0, "judgeeval ran longer than JudgeEvalTimeout ({0} ms) and was stopped.", Timeout);
        }
        else if (exit is < 0 or > 2)
        {
            Log.LogError(null, TaskCodes.EngineCrashed, null, Manifest, 0, 0, 0, 0, "judgeeval exited with code {0}; its output is in the build log (-v:normal).", exit);
        }
        else if (!File.Exists(DiagnosticsFile))
        {
            Log.LogError(null, TaskCodes.EngineCrashed, null, Manifest, 0, 0, 0, 0, "judgeeval exited with code {0} without writing '{1}'.", exit, DiagnosticsFile);
        }

        return Log.HasLoggedErrors ? (exit == 0 ? -1 : exit) : 0;
    }

    /// <summary>The errors are logged already; ToolTask's generic "exited with code" would only repeat them.</summary>
    protected override bool HandleTaskExecutionErrors() => Log.HasLoggedErrors ? false : base.HandleTaskExecutionErrors();

    /// <summary>
    /// Engine output is plain text: never re-parsed as canonical errors, which the replay logs from the file. CI commands
    /// (GitHub's `::error ...`, Azure's `##vso[...]`) are logged at high importance, so the default build verbosity prints
    /// them once, for the runner or agent to read.
    /// </summary>
    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance) =>
        Log.LogMessage(CiCommandLine.Is(singleLine) ? MessageImportance.High : messageImportance, "{0}", singleLine);

    public override void Cancel()
    {
        cancelled = true;
        base.Cancel();
    }

    EngineRunOptions Options()
    {
        var options = new EngineRunOptions
        {
            EngineAssembly = EngineAssembly,
            Manifest = Manifest,
            OutputDirectory = OutputDirectory,
            DiagnosticsFile = DiagnosticsFile,
            InputsFile = InputsFile,
            Offline = Offline,
            Baseline = Baseline,
            HelpBase = HelpBase,
            SarifRoot = SarifRoot,
        };
        foreach (var item in Thresholds)
        {
            options.Thresholds.Add(new KeyValuePair<string, string>(item.ItemSpec, item.GetMetadata("Value")));
        }

        return options;
    }
}
