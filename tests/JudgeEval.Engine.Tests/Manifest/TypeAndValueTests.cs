namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>Wrong shapes (JE0008), disallowed values (JE0009) and missing required keys (JE0006), at the node.</summary>
public sealed class TypeAndValueTests : IDisposable
{
    readonly ManifestFolder folder = new();

    [Fact]
    public void Mapping_where_a_list_belongs()
    {
        var yaml = ManifestFolder.Minimal[..ManifestFolder.Minimal.IndexOf("judges:", StringComparison.Ordinal)]
            + "judges: { id: a, model: m, judgments: { path: a.jsonl, format: jsonl } }\n";

        var d = folder.Error(yaml, "JE0008");

        At.Is(6, 9, d.Location);
        Assert.Equal((6, 72), (d.Location!.EndLine, d.Location.EndColumn));
        Assert.Contains("judges must be a list, not a mapping", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_number_is_the_wrong_type() =>
        At.Is(11, 14, folder.Error(ManifestFolder.Minimal + "\nthresholds:\n  kappaWarn: \"0.8\"\n", "JE0008").Location);

    [Fact]
    public void Decimal_comma_is_the_wrong_type() =>
        Assert.Contains("'.' for decimals", folder.Error(ManifestFolder.Minimal + "\nthresholds:\n  kappaWarn: 0,8\n", "JE0008").Message, StringComparison.Ordinal);

    [Fact]
    public void Value_out_of_range_gives_the_range()
    {
        var d = folder.Error(ManifestFolder.Minimal + "\nthresholds:\n  f1Min: 1.5\n", "JE0009");

        At.Is(11, 10, d.Location);
        Assert.Contains("from 0 to 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whole_number_expected()
    {
        var d = folder.Error(ManifestFolder.Minimal + "\nbootstrap: { resamples: 2000.5 }\n", "JE0008");

        At.Is(10, 25, d.Location);
    }

    [Fact]
    public void Unknown_choice_suggests_the_closest()
    {
        var d = folder.Error(ManifestFolder.Minimal.Replace("kind: pointwise", "kind: pointwise\n  weighting: quadratc", StringComparison.Ordinal), "JE0009");

        At.Is(4, 14, d.Location);
        Assert.Contains("Did you mean 'quadratic'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_date()
    {
        var d = folder.Error(ManifestFolder.Minimal + "\nhumanLabels: { path: labels.jsonl, format: jsonl, labeledOn: 30/09/2026 }\n", "JE0009");

        At.Is(10, 62, d.Location);
    }

    [Fact]
    public void Missing_required_key_points_at_its_section()
    {
        var d = folder.Error(ManifestFolder.Minimal.Replace("  kind: pointwise\n", string.Empty, StringComparison.Ordinal), "JE0006");

        At.Is(2, 1, d.Location);
        Assert.Contains("'task' needs 'kind'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_without_value_points_at_the_key()
    {
        var d = folder.Error(ManifestFolder.Minimal.Replace("model: gpt-4o", "model:", StringComparison.Ordinal), "JE0006");

        At.Is(8, 5, d.Location);
        Assert.Contains("has no value", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_items_and_judges_are_both_reported()
    {
        var result = folder.Parse("version: 1\ntask: { kind: pairwise }\n");

        Assert.Null(result.Manifest);
        Assert.Equal(["JE0006", "JE0006"], result.Diagnostics.Select(d => d.Code));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'items'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'judges'", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_judges_list() => At.Is(6, 9, folder.Error(ManifestFolder.Minimal[..ManifestFolder.Minimal.IndexOf("judges:", StringComparison.Ordinal)] + "judges: []\n", "JE0009").Location);

    public void Dispose() => folder.Dispose();
}
