using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace JudgeEval.Tasks;

/// <summary>One stored diagnostic as an MSBuild event with code, span and help link.</summary>
public static class DiagnosticLogger
{
    public static void Log(TaskLoggingHelper log, DiagnosticLine d)
    {
        var file = d.File.Length == 0 ? null : d.File;
        var help = d.HelpUri.Length == 0 ? null : d.HelpUri;
        switch (d.Severity)
        {
            case "error":
                log.LogError(null, d.Code, null, help, file, d.Line, d.Column, d.EndLine, d.EndColumn, "{0}", d.Message);
                break;
            case "warning":
                log.LogWarning(null, d.Code, null, help, file, d.Line, d.Column, d.EndLine, d.EndColumn, "{0}", d.Message);
                break;
            default:
                log.LogMessage(null, d.Code, null, file, d.Line, d.Column, d.EndLine, d.EndColumn, MessageImportance.Normal, "{0}", d.Message);
                break;
        }
    }
}
