using NJsonSchema;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>schemas/judgeeval.schema.json accepts every sample and the full example, and rejects what the loader rejects.</summary>
public class SchemaTests
{
    static readonly string SchemaPath = Path.Combine(RepoRoot.Path, "schemas", "judgeeval.schema.json");

    public static TheoryData<string> Samples => [.. SampleManifests.Names];

    static async Task<ICollection<NJsonSchema.Validation.ValidationError>> Validate(string yaml)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        return schema.Validate(YamlToJson.Convert(yaml)!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Samples_are_valid(string sample)
    {
        var errors = await Validate(await File.ReadAllTextAsync(SampleManifests.PathOf(sample)));

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => e.ToString())));
    }

    [Fact]
    public async Task Minimal_manifest_is_valid() => Assert.Empty(await Validate(ManifestFolder.Minimal));

    [Fact]
    public async Task Unknown_key_is_rejected()
    {
        var errors = await Validate(ManifestFolder.Minimal + "\nthreshold: { kappaWarn: 0.8 }\n");

        Assert.Contains(errors, e => e.Property == "threshold");
    }

    [Fact]
    public async Task Unknown_nested_key_is_rejected() =>
        Assert.NotEmpty(await Validate(ManifestFolder.Minimal + "\nthresholds: { kapaWarn: 0.8 }\n"));

    [Theory]
    [InlineData("version: 1", "version: 2")]
    [InlineData("kind: pointwise", "kind: listwise")]
    [InlineData("format: jsonl }\njudges", "format: json }\njudges")]
    [InlineData("    judgments: { path: a.jsonl, format: jsonl }", "    name: no source")]
    public async Task Bad_values_are_rejected(string from, string to) =>
        Assert.NotEmpty(await Validate(ManifestFolder.Minimal.Replace(from, to, StringComparison.Ordinal)));

    [Theory]
    [InlineData("tab", true)]
    [InlineData("\\t", true)] // plain YAML: a backslash and a t
    [InlineData("\"\\t\"", true)] // a tab character
    [InlineData(";", true)]
    [InlineData("ab", false)]
    [InlineData("'\"'", false)]
    public async Task A_csv_delimiter_is_one_character_or_a_tab(string delimiter, bool valid)
    {
        var yaml = ManifestFolder.Minimal.Replace(
            "items: { path: items.jsonl, format: jsonl }", $"items: {{ path: items.csv, format: csv, delimiter: {delimiter} }}", StringComparison.Ordinal);

        Assert.Equal(valid, (await Validate(yaml)).Count == 0);
    }

    [Fact]
    public async Task History_needs_a_path_and_nothing_else()
    {
        Assert.Empty(await Validate(ManifestFolder.Minimal + "\nhistory: { path: .judgeeval/history.jsonl }\n"));
        Assert.NotEmpty(await Validate(ManifestFolder.Minimal + "\nhistory: {}\n"));
        Assert.NotEmpty(await Validate(ManifestFolder.Minimal + "\nhistory: { path: h.jsonl, keep: 3 }\n"));
    }

    [Fact]
    public async Task Literal_key_in_apiKeyEnv_is_rejected() =>
        Assert.NotEmpty(await Validate(ManifestFolder.Minimal + "\nendpoints:\n  - { id: e, baseUrl: \"https://x/v1\", apiKeyEnv: sk-abc-123 }\n"));

    [Fact]
    public async Task Every_property_has_a_description()
    {
        var text = await File.ReadAllTextAsync(SchemaPath);
        var root = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        var missing = new List<string>();
        Walk(root, "$", missing);

        Assert.Empty(missing);
    }

    static void Walk(System.Text.Json.Nodes.JsonNode node, string path, List<string> missing)
    {
        if (node is not System.Text.Json.Nodes.JsonObject obj)
        {
            return;
        }

        if (obj["properties"] is System.Text.Json.Nodes.JsonObject props)
        {
            foreach (var (name, value) in props)
            {
                if (value is System.Text.Json.Nodes.JsonObject p && p["description"] is null)
                {
                    missing.Add($"{path}.{name}");
                }
            }
        }

        foreach (var (name, value) in obj)
        {
            if (value is not null)
            {
                Walk(value, $"{path}.{name}", missing);
            }
        }
    }
}
