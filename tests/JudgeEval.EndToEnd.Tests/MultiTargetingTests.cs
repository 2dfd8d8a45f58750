namespace JudgeEval.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public class MultiTargetingTests(PackagesFixture packages)
{
    [Fact]
    public void A_multi_targeted_project_runs_the_eval_once_in_its_first_target_framework()
    {
        var consumer = Consumer.Create(packages, "multi", targetFrameworks: "<TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks>");
        SmallEval.WriteTo(consumer.Dir);

        var build = consumer.Build("-v:n");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Single(build.Output.Split('\n'), line => line.Contains("JudgeEval report: ", StringComparison.Ordinal));
        Assert.Single(build.Output.Split('\n'), line => line.Contains("judgeeval.dll run ", StringComparison.Ordinal));
        Assert.NotEmpty(Consumer.Findings(build, "warning"));
    }
}
