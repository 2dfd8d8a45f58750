namespace JudgeEval.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public class IncrementalTests(PackagesFixture packages)
{
    [Fact]
    public void A_no_op_rebuild_skips_the_engine_but_repeats_the_warnings()
    {
        var consumer = Consumer.Create(packages, "no-op");
        SmallEval.WriteTo(consumer.Dir);
        var first = consumer.Build();
        var written = File.GetLastWriteTimeUtc(consumer.Results);

        var second = consumer.Build("--no-restore", "-v:d");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Skipping target \"_JudgeEvalRun\" because all output files are up-to-date", second.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(consumer.Results));
        Assert.Equal(Consumer.Findings(first, "warning").Select(m => m.Value), Consumer.Findings(second, "warning").Select(m => m.Value));
    }

    [Fact]
    public void Editing_the_data_or_the_manifest_runs_the_engine_again()
    {
        var consumer = Consumer.Create(packages, "edits");
        SmallEval.WriteTo(consumer.Dir);
        Assert.Equal(0, consumer.Build().ExitCode);

        var labels = Path.Combine(consumer.Dir, "data", "labels.jsonl");
        File.WriteAllText(labels, SmallEval.Labels(shift: 1));
        Touch(labels, consumer);
        var afterData = consumer.Build("--no-restore", "-v:d");
        Assert.DoesNotContain("Skipping target \"_JudgeEvalRun\"", afterData.Output, StringComparison.Ordinal);

        var manifest = Path.Combine(consumer.Dir, "judgeeval.yaml");
        File.WriteAllText(manifest, SmallEval.Manifest.Replace("kappaWarn: 0.99", "kappaWarn: 0.999", StringComparison.Ordinal) + "\n");
        Touch(manifest, consumer);
        var afterManifest = consumer.Build("--no-restore", "-v:d");
        Assert.DoesNotContain("Skipping target \"_JudgeEvalRun\"", afterManifest.Output, StringComparison.Ordinal);
        Assert.Contains("0.999", File.ReadAllText(consumer.Results), StringComparison.Ordinal);
    }

    /// <summary>File times can be coarse: make the edit strictly newer than the outputs, whatever the clock's resolution.</summary>
    static void Touch(string file, Consumer consumer) =>
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(consumer.Results).AddSeconds(2));
}
