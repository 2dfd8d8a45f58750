namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>Misspelled keys are errors at the key, with the closest allowed key as a suggestion.</summary>
public sealed class UnknownKeyTests : IDisposable
{
    readonly ManifestFolder folder = new();

    [Fact]
    public void Top_level_typo_suggests_the_key()
    {
        var d = folder.Error(ManifestFolder.Minimal + "\nthreshold: { kappaWarn: 0.8 }\n", "JE0005");

        At.Is(10, 1, d.Location);
        Assert.Equal((10, 9), (d.Location!.EndLine, d.Location.EndColumn));
        Assert.Contains("'threshold'", d.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'thresholds'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_typo_names_its_section()
    {
        var d = folder.Error(ManifestFolder.Minimal + "\nthresholds:\n  kapaWarn: 0.8\n", "JE0005");

        At.Is(11, 3, d.Location);
        Assert.Contains("'thresholds'", d.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'kappaWarn'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_case_is_unknown_but_suggested()
    {
        var d = folder.Error(ManifestFolder.Minimal.Replace("    model: gpt-4o", "    Model: gpt-4o\n    model: gpt-4o", StringComparison.Ordinal), "JE0005");

        At.Is(8, 5, d.Location);
        Assert.Contains("Did you mean 'model'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Far_off_key_lists_the_allowed_keys()
    {
        var d = folder.Error(ManifestFolder.Minimal + "\nzzzzzz: 1\n", "JE0005");

        Assert.Contains("Allowed keys: version, name,", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_option_typo_is_unknown()
    {
        var d = folder.Error(ManifestFolder.Minimal.Replace("format: jsonl }\njudges", "format: jsonl, kye: x }\njudges", StringComparison.Ordinal), "JE0005");

        At.Is(5, 44, d.Location);
        Assert.Contains("Did you mean 'key'?", d.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
