namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>A source whose format reads a folder (meai's result store): it must be a folder, and it is an input whole.</summary>
public sealed class FolderSourceTests : IDisposable
{
    readonly ManifestFolder folder = new();

    public void Dispose() => folder.Dispose();

    static string Items(string source) => ManifestFolder.Minimal.Replace("items: { path: items.jsonl, format: jsonl }", "items: " + source, StringComparison.Ordinal);

    [Fact]
    public void A_result_store_folder_is_a_source_and_the_folder_and_its_files_are_inputs()
    {
        var file = folder.Write("store/results/run1/Scenario/1.json", "{}");

        var manifest = folder.Valid(Items("{ path: store, format: meai }"));

        Assert.Equal(folder.Full("store"), manifest.Items.Single().Path);
        Assert.Contains(folder.Full("store"), manifest.ReferencedFiles);
        Assert.Contains(file, manifest.ReferencedFiles);
    }

    [Fact]
    public void A_file_where_the_store_belongs_points_at_the_path()
    {
        var d = folder.Error(Items("{ path: items.jsonl, format: meai }"), "JE0019");

        At.Is(5, 16, d.Location);
        Assert.Contains("is a file, not a folder", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_store_points_at_the_path()
    {
        Assert.Contains("does not exist", folder.Error(Items("{ path: TestResults, format: meai }"), "JE0019").Message, StringComparison.Ordinal);
    }
}
