using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>Files that are not a version-1 manifest at all: each is one located error, never an exception.</summary>
public sealed class SyntaxErrorTests : IDisposable
{
    readonly ManifestFolder folder = new();

    [Fact]
    public void Malformed_yaml_points_at_the_parser_mark()
    {
        // The flow mapping on line 2 is never closed; the parser notices at the end of the text.
        var d = folder.Error("version: 1\ntask: { kind: pointwise\n", "JE0002");

        Assert.StartsWith("Malformed YAML: ", d.Message, StringComparison.Ordinal);
        Assert.True(d.Location!.Line >= 2);
    }

    [Fact]
    public void Tab_indentation_is_malformed_at_its_line()
    {
        var d = folder.Error("version: 1\ntask:\n\tkind: pointwise\n", "JE0002");

        At.Is(3, 1, d.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    [InlineData("---\n")]
    public void Empty_file_is_an_error_at_its_start(string yaml) => At.Is(1, 1, folder.Error(yaml, "JE0003").Location);

    [Fact]
    public void Duplicate_key_points_at_the_second_key()
    {
        var d = folder.Error(ManifestFolder.Minimal + "\nversion: 1\n", "JE0007");

        At.Is(10, 1, d.Location);
    }

    [Fact]
    public void Root_must_be_a_mapping() => At.Is(1, 1, folder.Error("- version: 1\n", "JE0008").Location);

    [Fact]
    public void Second_document_is_rejected() => At.Is(11, 1, folder.Error(ManifestFolder.Minimal + "\n---\nversion: 1\n", "JE0002").Location);

    [Theory]
    [InlineData("2", "JE0004")]
    [InlineData("one", "JE0008")]
    [InlineData("1.5", "JE0008")]
    public void Version_other_than_1_is_an_error_at_its_value(string version, string code)
    {
        var d = folder.Error(ManifestFolder.Minimal.Replace("version: 1", "version: " + version, StringComparison.Ordinal), code);

        At.Is(1, 10, d.Location);
    }

    [Fact]
    public void Missing_version_points_at_the_manifest_start()
    {
        var d = folder.Error(ManifestFolder.Minimal.Replace("version: 1\n", string.Empty, StringComparison.Ordinal), "JE0006");

        At.Is(1, 1, d.Location);
        Assert.Contains("'version'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_file_is_an_error_at_its_first_line()
    {
        var missing = Path.Combine(folder.Dir, "nope.yaml");

        var result = ManifestLoader.Load(missing);

        Assert.Null(result.Manifest);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("JE0001", missing, 1, 1), (d.Code, d.Location!.File, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Load_reads_the_file_and_keeps_the_path_as_given()
    {
        File.WriteAllText(folder.ManifestPath, ManifestFolder.Minimal);

        var result = ManifestLoader.Load(folder.ManifestPath);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(folder.ManifestPath, result.Manifest!.Path);
    }

    public void Dispose() => folder.Dispose();
}
