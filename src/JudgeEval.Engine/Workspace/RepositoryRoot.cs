using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Workspace;

/// <summary>The folder a run's paths are reported against (SARIF SRCROOT, annotations), and the git work tree it is in.</summary>
public sealed record RepositoryContext(string Root, GitProvenance? Git)
{
    /// <summary>A path relative to the root with '/' separators; null when the file lies outside it.</summary>
    public string? Relative(string file)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(file));
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}

public static class RepositoryRoot
{
    /// <summary>
    /// The root is --sarif-root when given; else the git work tree around the manifest; else the CI's checkout folder
    /// (GITHUB_WORKSPACE, BUILD_SOURCESDIRECTORY) when it holds the manifest, as a checkout without .git does; else the
    /// manifest's folder. Code scanning resolves a result's relative URI from the repository root, so that is the base.
    /// </summary>
    public static (RepositoryContext Context, IReadOnlyList<Diagnostic> Diagnostics) Resolve(string manifestPath, string? sarifRoot, Func<string, string?> environment)
    {
        var manifestDir = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var git = GitWorkTree.Find(manifestDir, environment);
        if (sarifRoot is not null)
        {
            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sarifRoot));
            if (!Directory.Exists(root))
            {
                return (new RepositoryContext(manifestDir, git), [CiDiagnostics.SarifRootMissing.Create($"--sarif-root '{sarifRoot}' is not an existing folder.", null)]);
            }

            var context = new RepositoryContext(root, git);
            return context.Relative(manifestPath) is null
                ? (context, [CiDiagnostics.OutsideSarifRoot.Create($"The manifest is not under the SARIF root '{root}'; its findings get absolute URIs that code scanning cannot place.", SourceLocation.At(manifestPath, 1, 1))])
                : (context, []);
        }

        var found = git?.Root ?? Workspace(manifestDir, environment) ?? manifestDir;
        return (new RepositoryContext(found, git), []);
    }

    static string? Workspace(string manifestDir, Func<string, string?> environment) =>
        new[] { environment("GITHUB_WORKSPACE"), environment("BUILD_SOURCESDIRECTORY") }
            .Where(w => !string.IsNullOrWhiteSpace(w) && Directory.Exists(w))
            .Select(w => Path.TrimEndingDirectorySeparator(Path.GetFullPath(w!)))
            .FirstOrDefault(w => new RepositoryContext(w, null).Relative(Path.Combine(manifestDir, "x")) is not null);
}
