using System.Globalization;
using JudgeEval.Engine.Workspace;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.BuildServer;

/// <summary>
/// GitHub Actions workflow commands: one annotation per finding, `::error file=..,line=..,col=..,endLine=..,endColumn=..,title=JE2002::message`.
/// The runner reads a command from a line's start and unescapes %25, %0D, %0A in the message, and also %3A and %2C in
/// property values (where ':' and ',' are syntax), so exactly those are escaped.
/// </summary>
public static class GitHubCommands
{
    public static string Annotation(Diagnostic d, RepositoryContext repository)
    {
        var command = d.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var properties = new List<string>();
        if (d.Location is { } at && repository.Relative(at.File) is { } file)
        {
            properties.Add("file=" + Property(file));
            properties.AddRange(Span(at));
        }

        properties.Add("title=" + Property(d.Code));
        return $"::{command} {string.Join(',', properties)}::{Data(d.Message)}";
    }

    /// <summary>GitHub takes columns only on a one-line span.</summary>
    static IEnumerable<string> Span(SourceLocation at)
    {
        if (at.Line < 1)
        {
            yield break;
        }

        var endLine = Math.Max(at.Line, at.EndLine);
        yield return Number("line", at.Line);
        if (endLine == at.Line && at.Column >= 1)
        {
            yield return Number("col", at.Column);
        }

        yield return Number("endLine", endLine);
        if (endLine == at.Line && at.Column >= 1 && at.EndColumn >= at.Column)
        {
            yield return Number("endColumn", at.EndColumn);
        }
    }

    static string Number(string name, int value) => name + "=" + value.ToString(CultureInfo.InvariantCulture);

    public static string Data(string text) =>
        VisibleText.Of(text, keepLineBreaks: true).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
