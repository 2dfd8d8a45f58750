namespace JudgeEval.Engine.Workspace;

/// <summary>
/// The repository's address from its git config: the "origin" remote, else the first remote. Credentials are never
/// written anywhere: user info and query are removed. Without a remote, the work tree's own file URI names the repository.
/// </summary>
public static class GitRemote
{
    public static string? Uri(string commonGitDir, string root)
    {
        var urls = RemoteUrls(Path.Combine(commonGitDir, "config"));
        var url = urls.FirstOrDefault(u => u.Remote == "origin").Url ?? urls.FirstOrDefault().Url;
        return url is null ? new Uri(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar).AbsoluteUri : Clean(url);
    }

    /// <summary>An absolute URI without credentials; scp-like "git@host:owner/repo.git" becomes ssh://host/owner/repo.git.</summary>
    public static string? Clean(string url)
    {
        var text = url.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (!text.Contains("://", StringComparison.Ordinal) && colon > 1 && text.IndexOf('/', StringComparison.Ordinal) is var slash && (slash < 0 || slash > colon))
        {
            var host = text[..colon];
            text = "ssh://" + host[(host.LastIndexOf('@') + 1)..] + "/" + text[(colon + 1)..].TrimStart('/');
        }

        if (!System.Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var clean = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty, Query = string.Empty, Fragment = string.Empty };
        return clean.Uri.AbsoluteUri;
    }

    /// <summary>The url of each [remote "name"] section, in file order (git config syntax, the subset remotes use).</summary>
    static List<(string Remote, string? Url)> RemoteUrls(string configPath)
    {
        var result = new List<(string, string?)>();
        string[] lines;
        try
        {
            lines = File.Exists(configPath) ? File.ReadAllLines(configPath) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return result;
        }

        string? remote = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                remote = line.StartsWith("[remote \"", StringComparison.Ordinal) && line.EndsWith("\"]", StringComparison.Ordinal) ? line[9..^2] : null;
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (remote is not null && eq > 0 && string.Equals(line[..eq].Trim(), "url", StringComparison.OrdinalIgnoreCase))
            {
                result.Add((remote, line[(eq + 1)..].Trim().Trim('"')));
            }
        }

        return result;
    }
}
