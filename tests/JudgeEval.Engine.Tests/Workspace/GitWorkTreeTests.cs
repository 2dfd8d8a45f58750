using System.Diagnostics;
using JudgeEval.Engine.Workspace;

namespace JudgeEval.Engine.Tests.Workspace;

/// <summary>The work tree, commit, branch and remote, read from .git as git lays it out (gitrepository-layout).</summary>
public class GitWorkTreeTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_branch_checkout_gives_root_commit_branch_and_a_remote_without_credentials(bool packed)
    {
        using var repo = new RepoFolder(packed);

        var git = GitWorkTree.Find(Path.Combine(repo.App, "data"))!;

        Assert.Equal(repo.Root, git.Root);
        Assert.Equal((RepoFolder.Commit, "main"), (git.Commit, git.Branch));
        Assert.Equal("https://github.com/octo/evals.git", git.RepositoryUri);
    }

    [Fact]
    public void A_detached_HEAD_has_its_commit_and_takes_the_branch_from_the_CI()
    {
        using var repo = new RepoFolder();
        File.WriteAllText(Path.Combine(repo.Root, ".git", "HEAD"), RepoFolder.Commit + "\n");

        var plain = GitWorkTree.Find(repo.App)!;
        var onGitHub = GitWorkTree.Find(repo.App, name => name == "GITHUB_REF" ? "refs/pull/7/merge" : null)!;

        Assert.Equal((RepoFolder.Commit, (string?)null), (plain.Commit, plain.Branch));
        Assert.Equal("refs/pull/7/merge", onGitHub.Branch);
    }

    [Fact]
    public void A_linked_worktree_reads_HEAD_from_its_own_folder_and_refs_and_config_from_the_common_one()
    {
        using var repo = new RepoFolder();
        var other = "fedcba9876543210fedcba9876543210fedcba98";
        File.WriteAllText(Path.Combine(repo.Root, ".git", "refs", "heads", "feature"), other + "\n");
        var gitDir = Directory.CreateDirectory(Path.Combine(repo.Root, ".git", "worktrees", "wt")).FullName;
        File.WriteAllText(Path.Combine(gitDir, "HEAD"), "ref: refs/heads/feature\n");
        File.WriteAllText(Path.Combine(gitDir, "commondir"), "../..\n");
        var tree = Directory.CreateDirectory(Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + "-wt", "src")).Parent!.FullName;
        try
        {
            File.WriteAllText(Path.Combine(tree, ".git"), "gitdir: " + gitDir + "\n");

            var git = GitWorkTree.Find(Path.Combine(tree, "src"))!;

            Assert.Equal(tree, git.Root);
            Assert.Equal((other, "feature"), (git.Commit, git.Branch));
            Assert.Equal("https://github.com/octo/evals.git", git.RepositoryUri);
        }
        finally
        {
            Directory.Delete(tree, recursive: true);
        }
    }

    [Theory]
    [InlineData("git@github.com:octo/evals.git", "ssh://github.com/octo/evals.git")]
    [InlineData("ssh://git:pw@example.com:2222/a/b.git", "ssh://example.com:2222/a/b.git")]
    [InlineData("https://dev.azure.com/org/proj/_git/repo", "https://dev.azure.com/org/proj/_git/repo")]
    [InlineData("https://user:token@dev.azure.com/org/_git/repo?x=1#f", "https://dev.azure.com/org/_git/repo")]
    [InlineData("not a url", null)]
    public void Remote_urls_become_absolute_uris_without_credentials(string url, string? expected) =>
        Assert.Equal(expected, GitRemote.Clean(url));

    [Fact]
    public void Without_a_remote_the_repository_is_named_by_its_folder_and_outside_git_there_is_none()
    {
        using var repo = new RepoFolder();
        File.WriteAllText(Path.Combine(repo.Root, ".git", "config"), "[core]\n\tbare = false\n");
        var outside = Directory.CreateTempSubdirectory("judgeeval-nogit-");
        try
        {
            Assert.Equal(new Uri(repo.Root + "/").AbsoluteUri, GitWorkTree.Find(repo.App)!.RepositoryUri);
            Assert.Null(GitWorkTree.Find(outside.FullName));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    /// <summary>Against git itself: a real repository and a linked worktree of it, as `git rev-parse` sees them.</summary>
    [GitFact]
    public void Agrees_with_git_on_a_real_repository_and_its_worktree()
    {
        var root = Directory.CreateTempSubdirectory("judgeeval-realgit-").FullName;
        try
        {
            Git(root, "init", "-q", "-b", "trunk");
            File.WriteAllText(Path.Combine(root, "a.txt"), "a");
            Git(root, "add", "a.txt");
            Git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "one");
            Git(root, "remote", "add", "origin", "https://tok:en@example.com/team/repo.git");
            Git(root, "pack-refs", "--all");
            var worktree = root + "-linked";
            Git(root, "worktree", "add", "-q", "-b", "side", worktree);
            try
            {
                var main = GitWorkTree.Find(root)!;
                var linked = GitWorkTree.Find(worktree)!;

                Assert.Equal((Git(root, "rev-parse", "HEAD"), "trunk"), (main.Commit, main.Branch));
                Assert.Equal((Git(worktree, "rev-parse", "HEAD"), "side", worktree), (linked.Commit, linked.Branch, linked.Root));
                Assert.Equal("https://example.com/team/repo.git", linked.RepositoryUri);
            }
            finally
            {
                Directory.Delete(worktree, recursive: true);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    static string Git(string dir, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"git {string.Join(' ', args)}: {p.StandardError.ReadToEnd()}");
        return output.Trim();
    }
}

/// <summary>A test that needs the git executable: skipped, with the reason, where there is none.</summary>
sealed class GitFactAttribute : FactAttribute
{
    public GitFactAttribute()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, "git")) || File.Exists(Path.Combine(dir, "git.exe")));
        if (!found)
        {
            Skip = "git not found on PATH";
        }
    }
}

/// <summary>The root of a checkout without .git (actions/checkout without git installed): the CI's checkout folder.</summary>
public sealed class RepositoryRootTests : IDisposable
{
    readonly string workspace = Directory.CreateTempSubdirectory("judgeeval-workspace-").FullName;

    [Fact]
    public void Without_git_the_CI_checkout_folder_that_holds_the_manifest_is_the_root()
    {
        var manifest = Path.Combine(Directory.CreateDirectory(Path.Combine(workspace, "src", "app")).FullName, "judgeeval.yaml");
        var elsewhere = Directory.CreateTempSubdirectory("judgeeval-other-").FullName;
        try
        {
            var (onGitHub, problems) = RepositoryRoot.Resolve(manifest, null, name => name == "GITHUB_WORKSPACE" ? workspace : null);
            var (onAzure, _) = RepositoryRoot.Resolve(manifest, null, name => name == "BUILD_SOURCESDIRECTORY" ? workspace + "/" : null);
            var (unrelated, _) = RepositoryRoot.Resolve(manifest, null, name => name == "GITHUB_WORKSPACE" ? elsewhere : null);

            Assert.Empty(problems);
            Assert.Equal((workspace, (GitProvenance?)null), (onGitHub.Root, onGitHub.Git));
            Assert.Equal("src/app/judgeeval.yaml", onAzure.Relative(manifest));
            Assert.Equal(Path.GetDirectoryName(manifest), unrelated.Root);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    public void Dispose() => Directory.Delete(workspace, recursive: true);
}
