using System.Globalization;

namespace JudgeEval.Engine.Reporting.Html;

/// <summary>Shows a finding's location the MSBuild way, <c>file(line,col)</c>, and links it into the editor.</summary>
public static class SourceLinks
{
    public static string Display(string file, int? line, int? column, HtmlReportOptions options)
    {
        var shown = Relative(file, options.SourceRoot);
        return line is { } l ? shown + "(" + Invariant(l) + (column is { } c ? "," + Invariant(c) : string.Empty) + ")" : shown;
    }

    /// <summary>A <c>vscode://file/</c> URI, or null when the path cannot be made absolute. The path is percent-encoded, so it cannot change the scheme.</summary>
    public static string? EditorUri(string file, int? line, int? column, HtmlReportOptions options)
    {
        if (!options.EditorLinks || file.Length == 0 || file.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        string absolute;
        try
        {
            if (Path.IsPathFullyQualified(file))
            {
                absolute = Path.GetFullPath(file);
            }
            else if (options.BaseDirectory is { } baseDir && Path.IsPathFullyQualified(baseDir))
            {
                absolute = Path.GetFullPath(file, baseDir);
            }
            else
            {
                return null;
            }
        }
        catch (ArgumentException)
        {
            return null;
        }

        var forward = absolute.Replace('\\', '/');
        if (!forward.StartsWith('/'))
        {
            forward = "/" + forward;
        }

        // Keep a drive letter's colon readable; everything else that is not unreserved is escaped.
        var path = string.Join('/', forward.Split('/').Select(s => s.Length == 2 && s[1] == ':' && char.IsAsciiLetter(s[0]) ? s : Uri.EscapeDataString(s)));
        var position = line is { } l ? ":" + Invariant(l) + (column is { } c ? ":" + Invariant(c) : string.Empty) : string.Empty;
        return "vscode://file" + path + position;
    }

    /// <summary>
    /// Only http(s) help links and file links (the default: the pages shipped beside the engine) become hrefs; anything
    /// else (javascript:, data:) is shown as text.
    /// </summary>
    public static string? SafeWebUri(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeFile)
            ? parsed.AbsoluteUri
            : null;

    static string Relative(string file, string? root)
    {
        if (root is null || !Path.IsPathFullyQualified(file) || !Path.IsPathFullyQualified(root))
        {
            return file;
        }

        try
        {
            var relative = Path.GetRelativePath(root, file);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathFullyQualified(relative) ? file : relative.Replace('\\', '/');
        }
        catch (ArgumentException)
        {
            return file;
        }
    }

    static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
