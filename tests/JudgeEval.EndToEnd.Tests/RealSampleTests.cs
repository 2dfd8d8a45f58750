using System.Text.Json;

namespace JudgeEval.EndToEnd.Tests;

/// <summary>The TREC RAG 2024 sample (9 judges, NIST labels) as a package consumer, on the data copied under samples/data.</summary>
[Collection(EndToEndCollection.Name)]
public class RealSampleTests(PackagesFixture packages)
{
    static readonly string Data = Path.GetFullPath(Path.Combine(RepoRoot.Path, "samples", "data")) + "/";

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
        // All nine judges are below kappaFail 0.60 against the NIST labels: the gate fails at each judge's entry.
        var kappaFailures = Consumer.Findings(build, "error").Where(m => m.Groups["code"].Value == "JE2002").ToList();
        Assert.Equal(9, kappaFailures.Select(m => m.Groups["line"].Value).Distinct().Count());
        Assert.Equal(1, build.ExitCode);
    }
}
