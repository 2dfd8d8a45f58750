using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Tests.Workspace;

/// <summary>
/// The sample output in docs/ci.md is real: each sample block is what a run prints (or writes) on the small eval, and
/// JUDGEEVAL_UPDATE_DOCS=1 rewrites the blocks from the runs.
/// </summary>
public sealed partial class CiDocsTests : IDisposable
{
    static readonly string DocPath = Path.Combine(RepoRoot.Path, "docs", "ci.md");

    readonly RepoFolder repo = new();

    [Fact]
    public void The_samples_in_docs_ci_md_are_the_output_of_real_runs()
    {
        var summary = Path.Combine(repo.Root, "step-summary.md");
        var github = CiRun.Start(repo.Manifest, repo.Out, new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_STEP_SUMMARY"] = summary,
            ["GITHUB_SERVER_URL"] = "https://github.com",
            ["GITHUB_REPOSITORY"] = "octo/evals",
            ["GITHUB_RUN_ID"] = "4242",
        });
        var azure = CiRun.Start(repo.Manifest, repo.Out + "-azure", new Dictionary<string, string> { ["TF_BUILD"] = "True" }, null, "-t", "kappaFail=0.99");

        var samples = new Dictionary<string, string>
        {
            ["github-annotations"] = Fence("text", string.Join('\n', github.Commands("::"))),
            ["step-summary"] = Fence("markdown", File.ReadAllText(summary).TrimEnd('\n')),
            ["azure-issues"] = Fence("text", string.Join('\n', azure.Commands("##vso[task.logissue"))),
        };
        var doc = File.ReadAllText(DocPath);
        var updated = Sample().Replace(doc, m => m.Groups["open"].Value + samples[m.Groups["name"].Value] + m.Groups["close"].Value);

        if (Environment.GetEnvironmentVariable("JUDGEEVAL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DocPath, updated);
        }

        Assert.Equal(samples.Count, Sample().Count(doc));
        Assert.True(updated == doc, "docs/ci.md's samples are not what the runs print; run the tests with JUDGEEVAL_UPDATE_DOCS=1.");
    }

    static string Fence(string language, string body) => $"```{language}\n{body}\n```\n";

    [GeneratedRegex(@"(?<open><!-- sample:(?<name>[a-z-]+) [^\n]*-->\n)(?s:.*?)(?<close><!-- /sample -->)")]
    private static partial Regex Sample();

    public void Dispose() => repo.Dispose();
}
