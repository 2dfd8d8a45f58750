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
    public static string? Relative(string srcRoot, string file)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(srcRoot), Path.GetFullPath(file));
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        return string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
    }

    public static string Absolute(string file) => new Uri(Path.GetFullPath(file)).AbsoluteUri;
}
