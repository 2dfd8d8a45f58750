using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>
/// `record:` and `cache.path` never resolve to the manifest, an input of the run or another judge's record (JE0026, at
/// the value, while the manifest is read: before any call); a path outside the manifest's folder is said once (JE0027).
/// </summary>
public sealed class OutputPathTests : IDisposable
{
    readonly ManifestFolder folder = new();

    static string Manifest(string gptRecord, string claudeRecord = "rec/claude.jsonl", string cache = "") => ManifestFolder.Minimal.Replace(
        "task:",
        "humanLabels: { path: labels.jsonl, format: jsonl }\ntask:",
        StringComparison.Ordinal) + $$"""

          - { id: gpt, model: gpt-4o, endpoint: local, record: {{gptRecord}} }
          - { id: claude, model: claude-3-5-sonnet, endpoint: local, record: {{claudeRecord}} }
        endpoints:
          - { id: local, baseUrl: "http://127.0.0.1:1/v1" }
        {{cache}}
        """;

    [Theory]
    [InlineData("labels.jsonl", "a file this run reads")]
    [InlineData("items.jsonl", "a file this run reads")]
    [InlineData("a.jsonl", "a file this run reads")]
    [InlineData("judgeeval.yaml", "the manifest")]
    [InlineData("./sub/../labels.jsonl", "a file this run reads")]
    public void A_record_on_a_file_the_user_owns_is_an_error_at_the_value(string record, string what)
    {
        var d = folder.Error(Manifest(record), "JE0026");

        Assert.Contains($"judges 'gpt'.record resolves to '{folder.Full(record)}', which is {what}", d.Message, StringComparison.Ordinal);
        Assert.Equal(ManifestFolder.Minimal.Split('\n').Length + 2, d.Location!.Line);
    }

    [Fact]
    public void Two_judges_recording_to_one_file_is_an_error()
    {
        var result = folder.Parse(Manifest("rec/same.jsonl", "rec/same.jsonl"));

        Assert.Null(result.Manifest);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == "JE0026" && d.Message.Contains("record", StringComparison.Ordinal)));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("which is judge 'claude''s record", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cache_path_on_the_manifest_or_an_input_is_an_error()
    {
        folder.Error(Manifest("rec/gpt.jsonl", cache: "cache: { path: judgeeval.yaml }"), "JE0026");
        var d = folder.Error(Manifest("rec/gpt.jsonl", cache: "cache: { path: labels.jsonl }"), "JE0026");
        Assert.StartsWith("cache.path resolves to", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_outside_the_manifest_folder_is_allowed_and_said_once_with_the_full_path()
    {
        var outside = Path.Combine(Path.GetTempPath(), "judgeeval-outside-" + Guid.NewGuid().ToString("N"), "gpt.jsonl");

        var result = folder.Parse(Manifest(outside));

        Assert.NotNull(result.Manifest);
        var note = Assert.Single(result.Diagnostics, d => d.Code == "JE0027");
        Assert.Equal((Severity.Info, $"judges 'gpt'.record writes outside the manifest's folder, to '{outside}'."), (note.Severity, note.Message));
    }

    [Fact]
    public void A_live_judge_may_record_to_its_own_judgments_file_and_paths_inside_are_quiet()
    {
        var yaml = Manifest("rec/gpt.jsonl").Replace("endpoint: local, record: rec/claude.jsonl", "endpoint: local, judgments: { path: b.jsonl, format: jsonl }, record: b.jsonl", StringComparison.Ordinal);

        var result = folder.Parse(yaml);

        Assert.True(result.Manifest is not null, string.Join(" | ", result.Diagnostics.Select(d => d.ToCanonicalString())));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "JE0026" or "JE0027");
    }

    public void Dispose() => folder.Dispose();
}
