using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>A `record:` on the human labels the same run reads stops the run before any call, and nothing is written.</summary>
public sealed class RecordOverwriteTests : IDisposable
{
    readonly LiveEvalFolder folder = new();

    [Fact]
    public void Recording_onto_the_labels_is_refused_before_any_call()
    {
        using var server = FakeOpenAiServer.Start(LiveEvalFolder.Answer);
        folder.WriteManifests(server.BaseUrl);
        File.WriteAllText(folder.LiveManifest, File.ReadAllText(folder.LiveManifest).Replace("record: rec/gpt.jsonl", "record: data/labels.jsonl", StringComparison.Ordinal));
        var labels = Path.Combine(folder.Folder, "data", "labels.jsonl");
        var before = File.ReadAllText(labels);

        var run = LiveEvalFolder.Run(folder.LiveManifest, folder.Out("out"), "--online");

        Assert.Equal(2, run.Exit);
        Assert.Contains("error JE0026: judges 'gpt'.record resolves to '" + labels + "', which is a file this run reads", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, server.Count);
        Assert.Equal(before, File.ReadAllText(labels));
        Assert.False(File.Exists(Path.Combine(folder.Folder, "rec", "claude.jsonl")));
    }

    public void Dispose() => folder.Dispose();
}
