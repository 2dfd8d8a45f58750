namespace JudgeEval.Engine.Tests.Workspace;

/// <summary>
/// A temp repository laid out as git writes it (HEAD, a loose or packed branch ref, config with an origin remote), with
/// the small eval in app/, so a run finds its root by walking up to .git. No git executable is needed.
/// </summary>
sealed class RepoFolder : IDisposable
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";

    public const string Remote = "https://x-access-token:ghs_SECRET123@github.com/octo/evals.git?token=abc";

    public RepoFolder(bool packed = false, string app = "app")
    {
        var git = Directory.CreateDirectory(Path.Combine(Root, ".git")).FullName;
        File.WriteAllText(Path.Combine(git, "HEAD"), "ref: refs/heads/main\n");
        if (packed)
        {
            File.WriteAllText(Path.Combine(git, "packed-refs"), $"# pack-refs with: peeled fully-peeled sorted\n{Commit} refs/heads/main\n");
        }
        else
        {
            Directory.CreateDirectory(Path.Combine(git, "refs", "heads"));
            File.WriteAllText(Path.Combine(git, "refs", "heads", "main"), Commit + "\n");
        }

        File.WriteAllText(Path.Combine(git, "config"), $"[core]\n\tbare = false\n[remote \"origin\"]\n\turl = {Remote}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
        App = Directory.CreateDirectory(Path.Combine(Root, app)).FullName;
        SmallEval.WriteTo(App);
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("judgeeval-repo-").FullName;

    public string App { get; }

    public string Manifest => Path.Combine(App, "judgeeval.yaml");

    public string Out => Path.Combine(App, "obj", "judgeeval");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
