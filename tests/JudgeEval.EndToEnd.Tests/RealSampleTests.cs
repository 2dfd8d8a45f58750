using System.Text.Json;

namespace JudgeEval.EndToEnd.Tests;

/// <summary>The TREC RAG 2024 sample (9 judges, NIST labels) as a package consumer, on the shared data beside the repository.</summary>
[Collection(EndToEndCollection.Name)]
public class RealSampleTests(PackagesFixture packages)
{
    static readonly string Data = Path.GetFullPath(Path.Combine(RepoRoot.Path, "..", "shared", "data")) + "/";

    [Fact]
    public void The_TREC_RAG_sample_reports_at_its_manifest_and_gates_consistently()
    {
        var consumer = Consumer.Create(packages, "trec-rag-2024");
        var manifest = File.ReadAllText(Path.Combine(RepoRoot.Path, "samples", "TrecRag2024", "judgeeval.yaml"))
            .Replace("../data/", Data, StringComparison.Ordinal)
            .Replace("../../schemas/", Path.Combine(RepoRoot.Path, "schemas") + "/", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(consumer.Dir, "judgeeval.yaml"), manifest);

        var build = consumer.Build();

        Assert.True(File.Exists(consumer.Results), build.ToString());
        using var results = JsonDocument.Parse(File.ReadAllText(consumer.Results));
        Assert.Equal(9, results.RootElement.GetProperty("judges").GetArrayLength());
        Assert.NotEmpty(Consumer.Findings(build, "warning").Concat(Consumer.Findings(build, "error")));
        Assert.Equal(Consumer.Findings(build, "error").Count == 0 ? 0 : 1, build.ExitCode);
    }
}
