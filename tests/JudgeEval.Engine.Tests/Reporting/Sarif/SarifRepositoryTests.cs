using System.Text.Json;
using JudgeEval.Engine.Tests.Workspace;
using NJsonSchema;

namespace JudgeEval.Engine.Tests.Reporting.Sarif;

/// <summary>
/// The SARIF log as GitHub code scanning reads it: a result's relative uri is resolved from the repository root (it
/// ignores originalUriBaseIds), so every uri must name the file from that root; one category per project; the run's
/// invocation and the commit it ran on.
/// </summary>
public sealed class SarifRepositoryTests : IDisposable
{
    static readonly string SchemaPath = Path.Combine(RepoRoot.Path, "..", "shared", "schemas", "sarif-schema-2.1.0.json");

    readonly RepoFolder repo = new(app: Path.Combine("evals", "rag app"));

    [Fact]
    public async Task Every_result_uri_names_its_file_from_the_repository_root_found_by_walking_up_to_git()
    {
        var run = CiRun.Start(repo.Manifest, repo.Out, new Dictionary<string, string>());
        var log = Log(run.Out);
        var sarifRun = log.GetProperty("runs")[0];

        Assert.Equal(new Uri(repo.Root + "/").AbsoluteUri, sarifRun.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
        AssertUrisResolveUnder(sarifRun, repo.Root);
        Assert.Contains(Uris(sarifRun), u => u == "evals/rag%20app/judgeeval.yaml");
        Assert.Equal("judgeeval/evals/rag app/", sarifRun.GetProperty("automationDetails").GetProperty("id").GetString());
        var vcs = sarifRun.GetProperty("versionControlProvenance")[0];
        Assert.Equal("https://github.com/octo/evals.git", vcs.GetProperty("repositoryUri").GetString());
        Assert.Equal(RepoFolder.Commit, vcs.GetProperty("revisionId").GetString());
        Assert.Equal("main", vcs.GetProperty("branch").GetString());
        Assert.Equal("SRCROOT", vcs.GetProperty("mappedTo").GetProperty("uriBaseId").GetString());
        var invocation = sarifRun.GetProperty("invocations")[0];
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.False(invocation.TryGetProperty("toolExecutionNotifications", out _));
        Assert.DoesNotContain("SECRET", await File.ReadAllTextAsync(Path.Combine(run.Out, "judgeeval.sarif")), StringComparison.Ordinal);
        await AssertValid(run.Out);
    }

    [Fact]
    public async Task An_unusable_run_says_so_in_its_invocation_with_the_input_errors_as_notifications()
    {
        await File.AppendAllTextAsync(repo.Manifest, "unknownKey: 1\n");

        var run = CiRun.Start(repo.Manifest, repo.Out, new Dictionary<string, string>());

        var invocation = Log(run.Out).GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = invocation.GetProperty("toolExecutionNotifications")[0];
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.StartsWith("JE00", notification.GetProperty("associatedRule").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("evals/rag%20app/judgeeval.yaml", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        await AssertValid(run.Out);
    }

    [Fact]
    public void Sarif_root_overrides_the_discovered_root_and_must_be_a_folder_that_holds_the_manifest()
    {
        var evals = Path.Combine(repo.Root, "evals");
        var narrowed = CiRun.Start(repo.Manifest, repo.Out, new Dictionary<string, string>(), null, "--sarif-root", evals);
        var missing = CiRun.Start(repo.Manifest, repo.Out + "-missing", new Dictionary<string, string>(), null, "--sarif-root", Path.Combine(repo.Root, "nope"));
        var outside = CiRun.Start(repo.Manifest, repo.Out + "-outside", new Dictionary<string, string>(), null, "--sarif-root", Path.Combine(repo.Root, ".git"));

        var sarifRun = Log(narrowed.Out).GetProperty("runs")[0];
        AssertUrisResolveUnder(sarifRun, evals);
        Assert.Equal("judgeeval/rag app/", sarifRun.GetProperty("automationDetails").GetProperty("id").GetString());
        Assert.False(sarifRun.GetProperty("versionControlProvenance")[0].TryGetProperty("mappedTo", out _));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error JE0104: --sarif-root", missing.Stderr, StringComparison.Ordinal);
        Assert.Contains("warning JE0105:", outside.Stdout, StringComparison.Ordinal);
        Assert.All(Uris(Log(outside.Out).GetProperty("runs")[0]), u => Assert.StartsWith("file:///", u, StringComparison.Ordinal));
    }

    /// <summary>The real sample, rooted at this repository: the manifest and the shared data files it reads.</summary>
    [Fact]
    public void The_real_sample_reports_its_manifest_and_data_from_the_repository_root()
    {
        var outDir = Path.Combine(repo.Root, "sample-out");
        var run = CiRun.Start(Path.Combine(RepoRoot.Path, "samples", "TrecRag2024", "judgeeval.yaml"), outDir, new Dictionary<string, string>(), null, "--sarif-root", RepoRoot.Path);

        var sarifRun = Log(run.Out).GetProperty("runs")[0];
        AssertUrisResolveUnder(sarifRun, RepoRoot.Path);
        Assert.Contains("samples/TrecRag2024/judgeeval.yaml", Uris(sarifRun));
        Assert.Equal("judgeeval/samples/TrecRag2024/", sarifRun.GetProperty("automationDetails").GetProperty("id").GetString());
        Assert.Equal(run.Results.Findings.Count(f => f.File is not null), Uris(sarifRun).Count);
    }

    static JsonElement Log(string outDir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "judgeeval.sarif"))).RootElement;

    static List<string> Uris(JsonElement run) =>
        [.. run.GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("locations", out _))
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)];

    /// <summary>As code scanning resolves them: a relative uri from the root, which must be an existing file under it.</summary>
    static void AssertUrisResolveUnder(JsonElement run, string root)
    {
        var uris = Uris(run);
        Assert.NotEmpty(uris);
        foreach (var uri in uris)
        {
            Assert.False(Uri.TryCreate(uri, UriKind.Absolute, out _), uri);
            var file = Path.Combine(root, Uri.UnescapeDataString(uri).Replace('/', Path.DirectorySeparatorChar));
            Assert.True(File.Exists(file), $"{uri} does not name a file under {root}");
        }
    }

    static async Task AssertValid(string outDir)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        Assert.Empty(schema.Validate(await File.ReadAllTextAsync(Path.Combine(outDir, "judgeeval.sarif"))).Select(e => $"{e.Path}: {e.Kind}"));
    }

    public void Dispose() => repo.Dispose();
}
