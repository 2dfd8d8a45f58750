using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Workspace;

/// <summary>
/// Finds the git work tree around a folder by reading the files under .git (no git executable, no library): the root is
/// the nearest folder with a .git folder, or a .git file (a linked worktree or submodule: "gitdir: path"). HEAD gives
/// the branch and the commit, through loose refs or packed-refs in the common folder that worktrees share.
/// </summary>
public static partial class GitWorkTree
{
    public static GitProvenance? Find(string folder, Func<string, string?>? environment = null)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var dotGit = Path.Combine(dir.FullName, ".git");
            var gitDir = Directory.Exists(dotGit) ? dotGit : File.Exists(dotGit) ? LinkedGitDir(dotGit) : null;
            if (gitDir is not null)
            {
                return Read(dir.FullName, gitDir, environment ?? (_ => null));
            }
        }

        return null;
    }

    static GitProvenance Read(string root, string gitDir, Func<string, string?> environment)
    {
        var common = CommonDir(gitDir);
        var head = ReadText(Path.Combine(gitDir, "HEAD"))?.Trim();
        string? branch = null;
        string? commit = null;
        if (head is not null && head.StartsWith("ref:", StringComparison.Ordinal))
        {
            var name = head[4..].Trim();
            branch = name.StartsWith("refs/heads/", StringComparison.Ordinal) ? name["refs/heads/".Length..] : name;
            commit = ResolveRef(gitDir, common, name);
        }
        else if (head is not null && IsObjectId(head))
        {
            commit = head;
        }

        // A detached HEAD (pull requests, Azure Pipelines) names no branch, and a reftable repository keeps refs outside
        // plain files: the CI's own variables describe the same checkout.
        branch ??= environment("GITHUB_REF") ?? environment("BUILD_SOURCEBRANCH");
        commit ??= new[] { environment("GITHUB_SHA"), environment("BUILD_SOURCEVERSION") }.FirstOrDefault(sha => sha is not null && IsObjectId(sha));
        return new GitProvenance(root, GitRemote.Uri(common, root), commit, string.IsNullOrWhiteSpace(branch) ? null : branch);
    }

    /// <summary>A .git file holds "gitdir: path", relative to the file's folder or absolute.</summary>
    static string? LinkedGitDir(string dotGitFile)
    {
        var text = ReadText(dotGitFile)?.Trim();
        if (text is null || !text.StartsWith("gitdir:", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dotGitFile)!, text[7..].Trim()));
        return Directory.Exists(path) ? path : null;
    }

    /// <summary>A linked worktree's git folder names the main repository's folder in "commondir"; refs and config live there.</summary>
    static string CommonDir(string gitDir) =>
        ReadText(Path.Combine(gitDir, "commondir"))?.Trim() is { Length: > 0 } relative
            ? Path.GetFullPath(Path.Combine(gitDir, relative))
            : gitDir;

    static string? ResolveRef(string gitDir, string common, string name)
    {
        foreach (var folder in new[] { gitDir, common }.Distinct(StringComparer.Ordinal))
        {
            if (ReadText(Path.Combine(folder, name))?.Trim() is { } loose)
            {
                return IsObjectId(loose) ? loose : null;
            }
        }

        foreach (var line in ReadText(Path.Combine(common, "packed-refs"))?.Split('\n') ?? [])
        {
            var parts = line.Trim().Split(' ', 2);
            if (parts.Length == 2 && string.Equals(parts[1], name, StringComparison.Ordinal) && IsObjectId(parts[0]))
            {
                return parts[0];
            }
        }

        return null;
    }

    /// <summary>SHA-1 (40 hex digits) or SHA-256 (64) object names.</summary>
    public static bool IsObjectId(string text) => ObjectId().IsMatch(text);

    static string? ReadText(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [GeneratedRegex("^([0-9a-f]{40}|[0-9a-f]{64})$")]
    private static partial Regex ObjectId();
}
