namespace JudgeEval.Engine.Tests.Manifest;

static class SampleManifests
{
    public static IReadOnlyList<string> Names { get; } = ["TrecRag2024", "WithinCorpus", "MtBench"];

    public static string PathOf(string name) => Path.Combine(RepoRoot.Path, "samples", name, "judgeeval.yaml");
}
