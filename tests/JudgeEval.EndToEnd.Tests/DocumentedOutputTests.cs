namespace JudgeEval.EndToEnd.Tests;

/// <summary>
/// The build output shown in README.md and docs/msbuild.md is what a consumer's build prints: each documented line is a
/// line of the real output (compared from the manifest's file name on, see <see cref="DocumentedOutput"/>).
/// </summary>
[Collection(EndToEndCollection.Name)]
public class DocumentedOutputTests(PackagesFixture packages)
{
    [Fact]
    public void The_README_first_eval_fails_as_the_README_and_msbuild_md_show_with_help_links_that_open()
    {
        var consumer = Consumer.Create(packages, "readme-first-build");
        ReadmeEval.WriteTo(consumer.Dir);

        var build = consumer.Build();

        Assert.Equal(1, build.ExitCode);
        Assert.Empty(DocumentedOutput.Missing(DocumentedOutput.Block("README.md", "readme-first-build"), build.Output));
        Assert.Empty(DocumentedOutput.Missing(DocumentedOutput.Block(Path.Combine("docs", "msbuild.md"), "msbuild-first-build"), build.Output));

        // The default help links point at the pages shipped in the package, and each one opens.
        var links = File.ReadAllLines(Path.Combine(consumer.OutputDir, "diagnostics.tsv")).Skip(1).Select(l => new Uri(l.Split('\t')[7])).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, uri => Assert.True(uri.IsFile && File.Exists(uri.LocalPath), uri.AbsoluteUri));
        Assert.All(links, uri => Assert.StartsWith(Path.GetFullPath(packages.Packages), uri.LocalPath, StringComparison.Ordinal));
    }

    [Fact]
    public void The_WithinCorpus_sample_warns_as_the_README_shows()
    {
        // The sample's manifest unchanged, with its data at the same relative place (../data/), so columns match.
        var consumer = Consumer.Create(packages, Path.Combine("within-corpus", "WithinCorpus"));
        CopyFolder(Path.Combine(RepoRoot.Path, "samples", "data"), Path.Combine(consumer.Dir, "..", "data"));
        File.Copy(Path.Combine(RepoRoot.Path, "samples", "WithinCorpus", "judgeeval.yaml"), Path.Combine(consumer.Dir, "judgeeval.yaml"));

        var build = consumer.Build();

        Assert.Equal(0, build.ExitCode);
        Assert.Empty(DocumentedOutput.Missing(DocumentedOutput.Block("README.md", "readme-within-corpus"), build.Output));
    }

    static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var sub in Directory.EnumerateDirectories(from))
        {
            CopyFolder(sub, Path.Combine(to, Path.GetFileName(sub)));
        }
    }
}
