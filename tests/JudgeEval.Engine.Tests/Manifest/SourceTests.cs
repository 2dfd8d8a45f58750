namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>Data sources: known formats, their options and roles, and files that exist.</summary>
public sealed class SourceTests : IDisposable
{
    readonly ManifestFolder folder = new();

    static string Items(string source) => ManifestFolder.Minimal.Replace("items: { path: items.jsonl, format: jsonl }", "items: " + source, StringComparison.Ordinal);

    [Fact]
    public void Unknown_format_suggests_the_closest()
    {
        var d = folder.Error(Items("{ path: items.jsonl, format: json }"), "JE0016");

        At.Is(5, 37, d.Location);
        Assert.Contains("Did you mean 'jsonl'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Option_of_another_format()
    {
        var d = folder.Error(Items("{ path: items.jsonl, format: jsonl, delimiter: ';' }"), "JE0017");

        At.Is(5, 44, d.Location);
        Assert.Contains("reads only key", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_that_cannot_provide_the_role() =>
        At.Is(5, 35, folder.Error(Items("{ path: qrels.txt, format: trec-qrels }"), "JE0018").Location);

    [Fact]
    public void Missing_data_file_points_at_the_path()
    {
        var d = folder.Error(Items("{ path: data/nope.jsonl, format: jsonl }"), "JE0019");

        At.Is(5, 16, d.Location);
        Assert.Equal((5, 30), (d.Location!.EndLine, d.Location.EndColumn));
        Assert.Contains(folder.Full("data/nope.jsonl"), d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_instead_of_file()
    {
        Directory.CreateDirectory(Path.Combine(folder.Dir, "sub"));

        Assert.Contains("is a folder", folder.Error(Items("{ path: sub, format: jsonl }"), "JE0019").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_model_ids_file_of_llmbar()
    {
        var d = folder.Error(ManifestFolder.Minimal.Replace("kind: pointwise\n  scale: { min: 0, max: 3 }", "kind: pairwise", StringComparison.Ordinal)
            .Replace("items: { path: items.jsonl, format: jsonl }", "items:\n  path: judges.json\n  format: llmbar\n  modelIds: gone.csv\n  subset: MT-Bench", StringComparison.Ordinal), "JE0019");

        At.Is(7, 13, d.Location);
    }

    [Fact]
    public void Llmbar_options_are_kept_as_written()
    {
        var m = folder.Valid(ManifestFolder.Minimal.Replace("kind: pointwise\n  scale: { min: 0, max: 3 }", "kind: pairwise", StringComparison.Ordinal)
            .Replace("items: { path: items.jsonl, format: jsonl }", "items:\n  path: judges.json\n  format: llmbar\n  modelIds: ids.csv\n  subset: MT-Bench", StringComparison.Ordinal));

        var items = Assert.Single(m.Items);
        Assert.Equal(("ids.csv", "MT-Bench"), (items.Option("modelIds"), items.Option("subset")));
        At.Is(7, 13, items.OptionAt("modelIds"));
        Assert.Contains(folder.Full("ids.csv"), m.ReferencedFiles);
    }

    [Fact]
    public void Several_label_sources_take_the_oldest_date()
    {
        var m = folder.Valid(ManifestFolder.Minimal + """

            humanLabels:
              - { path: labels.jsonl, format: jsonl, labeledOn: 2026-05-01 }
              - { path: qrels.txt, format: trec-qrels, labeledOn: 2025-01-31 }
            """);

        Assert.Equal(2, m.HumanLabels.Count);
        Assert.Equal(new DateOnly(2025, 1, 31), m.LabeledOn);
        At.Is(12, 55, m.LabeledOnAt);
        At.Is(10, 1, m.HumanLabelsAt);
    }

    [Fact]
    public void Labeled_on_belongs_to_human_labels_only() =>
        At.Is(5, 44, folder.Error(Items("{ path: items.jsonl, format: jsonl, labeledOn: 2026-01-01 }"), "JE0005").Location);

    [Fact]
    public void External_judgments_need_a_key()
    {
        var d = folder.Error(ManifestFolder.Minimal.Replace("judgments: { path: a.jsonl, format: jsonl }", "judgments: { path: judges.json, format: rag-eval-external }", StringComparison.Ordinal), "JE0017");

        At.Is(9, 16, d.Location);
    }

    [Fact]
    public void Plain_path_instead_of_a_source_mapping() =>
        At.Is(5, 8, folder.Error(Items("items.jsonl"), "JE0008").Location);

    [Fact]
    public void Delimiter_must_be_one_character() =>
        At.Is(5, 53, folder.Error(Items("{ path: items.jsonl, format: csv, delimiter: ';;' }"), "JE0009").Location);

    public void Dispose() => folder.Dispose();
}
