using System.Globalization;
using JudgeEval.Engine.Workspace;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.BuildServer;

/// <summary>
/// Azure Pipelines logging commands: `##vso[task.logissue type=error;sourcepath=..;linenumber=..;columnnumber=..;code=JE2002]message`
/// per error or warning (Azure has no notice level), and `##vso[task.uploadsummary]path`. The agent unescapes %3B, %0D,
/// %0A and %5D (';' and ']' are syntax); '%' itself is left alone because only newer agents decode an escaped one.
/// </summary>
public static class AzureCommands
{
    public static string? LogIssue(Diagnostic d, RepositoryContext repository)
    {
        var type = d.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => null,
        };
        if (type is null)
        {
            return null;
        }

        var properties = new List<string> { "type=" + type };
        if (d.Location is { } at)
        {
            properties.Add("sourcepath=" + Escape(repository.Relative(at.File) ?? Path.GetFullPath(at.File)));
            if (at.Line >= 1)
            {
                properties.Add("linenumber=" + at.Line.ToString(CultureInfo.InvariantCulture));
            }

            if (at.Line >= 1 && at.Column >= 1)
            {
                properties.Add("columnnumber=" + at.Column.ToString(CultureInfo.InvariantCulture));
            }
        }

        properties.Add("code=" + Escape(d.Code));
        return $"##vso[task.logissue {string.Join(';', properties)}]{Escape(d.Message)}";
    }

    public static string UploadSummary(string path) => "##vso[task.uploadsummary]" + Escape(Path.GetFullPath(path));

    public static string Escape(string text) =>
        VisibleText.Of(text, keepLineBreaks: true)
            .Replace(";", "%3B", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal)
            .Replace("]", "%5D", StringComparison.Ordinal);
}
