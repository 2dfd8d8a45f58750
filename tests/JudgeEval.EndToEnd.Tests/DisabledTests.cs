namespace JudgeEval.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public class DisabledTests(PackagesFixture packages)
{
    [Fact]
    public void JudgeEvalEnabled_false_runs_nothing()
    {
        var consumer = Consumer.Create(packages, "disabled", properties: "<JudgeEvalEnabled>false</JudgeEvalEnabled>");
        SmallEval.WriteTo(consumer.Dir);

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("JE0", build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(consumer.OutputDir));
    }
}
