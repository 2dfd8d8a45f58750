namespace JudgeEval.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public class FirstBuildTests(PackagesFixture packages)
{
    [Fact]
    public void Warnings_point_at_the_manifest_and_the_outputs_are_under_obj_judgeeval()
    {
        var consumer = Consumer.Create(packages, "first-build");
        SmallEval.WriteTo(consumer.Dir);

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.NotEmpty(Consumer.Findings(build, "warning"));
        Assert.All(Consumer.Findings(build, "warning"), m => Assert.True(int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1));
        foreach (var file in new[] { "results.json", "judgeeval.sarif", "report.html", "diagnostics.tsv" })
        {
            Assert.True(File.Exists(Path.Combine(consumer.OutputDir, file)), file + " missing\n" + build);
        }

        Assert.Contains("JudgeEval report: " + Path.Combine(consumer.OutputDir, "report.html"), build.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(consumer.Dir, "data", "judge.jsonl"), File.ReadAllText(Path.Combine(consumer.OutputDir, "inputs.txt")), StringComparison.Ordinal);
    }
}
