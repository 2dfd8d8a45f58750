using JudgeEval.Engine.Workspace;

namespace JudgeEval.Engine.Reporting.Sarif;

/// <summary>File paths as SARIF artifact URIs: relative to SRCROOT when inside it, absolute file URIs otherwise.</summary>
public static class SarifUris
{
    /// <summary>The SRCROOT base: an absolute file URI ending in '/', as SARIF requires of a uriBaseId.</summary>
    public static string Root(string srcRoot)
    {
        // A file-system root (/ or C:\) keeps its one separator; any other folder gets one.
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(srcRoot));
        return new Uri(Path.EndsInDirectorySeparator(full) ? full : full + Path.DirectorySeparatorChar).AbsoluteUri;
    }

    /// <summary>The escaped relative URI of a file under srcRoot, or null when it lies outside.</summary>
    public static string? Relative(string srcRoot, string file) =>
        new RepositoryContext(Path.GetFullPath(srcRoot), null).Relative(file) is { } relative
            ? string.Join('/', relative.Split('/').Select(Uri.EscapeDataString))
            : null;

    public static string Absolute(string file) => new Uri(Path.GetFullPath(file)).AbsoluteUri;

    /// <summary>"judgeeval/" and the manifest's folder relative to the root, ending in '/' ("judgeeval/" at the root itself).</summary>
    public static string AutomationId(string srcRoot, string manifestPath)
    {
        var folder = new RepositoryContext(Path.GetFullPath(srcRoot), null).Relative(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!);
        return "judgeeval/" + (folder is null or "." ? string.Empty : folder + "/");
    }
}
