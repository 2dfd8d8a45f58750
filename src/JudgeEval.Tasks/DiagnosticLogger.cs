using JudgeEval.Shared;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace JudgeEval.Tasks;

/// <summary>
/// One stored diagnostic as an MSBuild event with code, span and help link. The file and message come from data, so
/// their control characters are escaped: MSBuild prints them as they are, and a newline would start a forged log line.
/// </summary>
public static class DiagnosticLogger
{
    public static void Log(TaskLoggingHelper log, DiagnosticLine d)
    {
        var file = d.File.Length == 0 ? null : ConsoleText.Escape(d.File);
        var message = ConsoleText.Escape(d.Message);
        var help = d.HelpUri.Length == 0 ? null : d.HelpUri;
        switch (d.Severity)
        {
            case "error":
                log.LogError(null, d.Code, null, help, file, d.Line, d.Column, d.EndLine, d.EndColumn, "{0}", message);
                break;
            case "warning":
                log.LogWarning(null, d.Code, null, help, file, d.Line, d.Column, d.EndLine, d.EndColumn, "{0}", message);
                break;
            default:
                log.LogMessage(null, d.Code, null, file, d.Line, d.Column, d.EndLine, d.EndColumn, MessageImportance.Normal, "{0}", message);
                break;
        }
    }
}
