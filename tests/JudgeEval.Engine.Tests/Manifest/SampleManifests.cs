namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>Every samples/*/judgeeval.yaml, so a new sample is covered by the schema and load tests without edits.</summary>
static class SampleManifests
{
    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetDirectories(Path.Combine(RepoRoot.Path, "samples"))
            .Where(d => File.Exists(Path.Combine(d, "judgeeval.yaml")))
            .Select(d => Path.GetFileName(d))
            .Order(StringComparer.Ordinal)];

    public static string PathOf(string name) => Path.Combine(RepoRoot.Path, "samples", name, "judgeeval.yaml");
}
