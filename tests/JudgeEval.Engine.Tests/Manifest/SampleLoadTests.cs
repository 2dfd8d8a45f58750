using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>
/// The shipped samples load without a single diagnostic. Their data (samples/data) may not be in this checkout,
/// so each sample is copied into a temp tree with an empty file at every path it references.
/// </summary>
public class SampleLoadTests
{
    public static TheoryData<string> Samples => [.. SampleManifests.Names];

    [Fact]
    public void The_three_samples_are_found() => Assert.Superset(new HashSet<string>(["MtBench", "TrecRag2024", "WithinCorpus"]), new HashSet<string>(SampleManifests.Names));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_loads_without_diagnostics(string sample)
    {
        var yaml = File.ReadAllText(SampleManifests.PathOf(sample));
        var root = Path.Combine(Path.GetTempPath(), "judgeeval-sample-" + Guid.NewGuid().ToString("N"));
        var manifestPath = Path.Combine(root, "samples", sample, "judgeeval.yaml");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(manifestPath)!);
            File.WriteAllText(manifestPath, yaml);
            foreach (var relative in ReferencedPaths(yaml))
            {
                var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(manifestPath)!, relative));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, string.Empty);
            }

            var result = ManifestLoader.Load(manifestPath);

            Assert.True(result.Diagnostics.Count == 0, string.Join(" | ", result.Diagnostics.Select(d => d.ToCanonicalString())));
            Assert.NotEmpty(result.Manifest!.Judges);
            Assert.All(result.Manifest.ReferencedFiles, f => Assert.StartsWith(root, f, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Samples_in_place_can_only_lack_their_data(string sample)
    {
        var result = ManifestLoader.Load(SampleManifests.PathOf(sample));

        Assert.True(result.Diagnostics.All(d => d.Code == "JE0019"), string.Join(" | ", result.Diagnostics.Select(d => d.ToCanonicalString())));
    }

    [Fact]
    public void Samples_load_for_real_when_their_data_is_present()
    {
        if (!Directory.Exists(Path.Combine(RepoRoot.Path, "samples", "data")))
        {
            return; // the data folder arrives with another branch; the temp-tree test above covers the manifests meanwhile
        }

        foreach (var sample in SampleManifests.Names)
        {
            var result = ManifestLoader.Load(SampleManifests.PathOf(sample));
            Assert.True(result.Diagnostics.Count == 0, string.Join(" | ", result.Diagnostics.Select(d => d.ToCanonicalString())));
        }

        var mt = ManifestLoader.Load(SampleManifests.PathOf("MtBench")).Manifest!;
        Assert.Equal((TaskKind.Pairwise, "gpt-4", 4), (mt.Task.Kind, mt.Product!.Model, mt.Judges.Count));
    }

    static IEnumerable<string> ReferencedPaths(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        return stream.Documents[0].AllNodes.OfType<YamlMappingNode>()
            .SelectMany(m => m.Children)
            .Where(c => c.Key is YamlScalarNode { Value: "path" or "modelIds" } && c.Value is YamlScalarNode)
            .Select(c => ((YamlScalarNode)c.Value).Value!)
            .Distinct(StringComparer.Ordinal);
    }
}
