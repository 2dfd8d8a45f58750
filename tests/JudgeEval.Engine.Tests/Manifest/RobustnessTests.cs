using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>Damaged manifests (a line removed, the text cut short) give located manifest diagnostics, never an exception.</summary>
public sealed class RobustnessTests : IDisposable
{
    readonly ManifestFolder folder = new();

    public RobustnessTests() => folder.Write("data/more.csv", "id\n");

    [Fact]
    public void Every_single_line_deletion()
    {
        var lines = FullManifestTests.Yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            Check(string.Join('\n', lines.Where((_, j) => j != i)));
        }
    }

    [Fact]
    public void Every_truncation()
    {
        for (var length = 0; length < FullManifestTests.Yaml.Length; length += 3)
        {
            Check(FullManifestTests.Yaml[..length]);
        }
    }

    void Check(string yaml)
    {
        var result = ManifestLoader.Parse(yaml, folder.ManifestPath);

        Assert.All(result.Diagnostics, d =>
        {
            Assert.Matches("^JE00[0-3][0-9]$", d.Code);
            Assert.Equal(folder.ManifestPath, d.Location!.File);
            Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1 && d.Location.EndLine >= d.Location.Line, d.ToCanonicalString());
        });
        Assert.Equal(result.Manifest is null, result.HasErrors);
    }

    public void Dispose() => folder.Dispose();
}
