using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace JudgeEval.Tasks;

/// <summary>
/// Logs the stored diagnostics as real MSBuild warnings and errors (so NoWarn, WarningsAsErrors and -warnaserror apply to
/// JE codes) and fails the build on errors. Runs on every build: MSBuild does not replay the warnings of a skipped target.
/// </summary>
public sealed class JudgeEvalReplayTask : Task
{
    [Required]
    public string DiagnosticsFile { get; set; } = "";

    /// <summary>The HTML report, whose path is printed when it exists.</summary>
    public string? ReportFile { get; set; }

    public override bool Execute()
    {
        if (!File.Exists(DiagnosticsFile))
        {
            Log.LogError(null, TaskCodes.BadDiagnosticsFile, null, DiagnosticsFile, 0, 0, 0, 0, "The judgeeval diagnostics file is missing; build again to re-run the engine.");
            return false;
        }

        var content = DiagnosticsFileReader.Read(File.ReadAllLines(DiagnosticsFile));
        if (content.Error is not null)
        {
            Log.LogError(null, TaskCodes.BadDiagnosticsFile, null, DiagnosticsFile, content.ErrorLine, 0, 0, 0, "Bad judgeeval diagnostics file: {0}.", content.Error);
            return false;
        }

        foreach (var d in content.Diagnostics)
        {
            DiagnosticLogger.Log(Log, d);
        }

        if (!string.IsNullOrEmpty(ReportFile) && File.Exists(ReportFile))
        {
            Log.LogMessage(MessageImportance.High, "JudgeEval report: {0}", Path.GetFullPath(ReportFile));
        }

        return !Log.HasLoggedErrors;
    }
}
