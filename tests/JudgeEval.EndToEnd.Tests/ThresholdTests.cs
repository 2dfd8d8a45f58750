namespace JudgeEval.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public class ThresholdTests(PackagesFixture packages)
{
    [Fact]
    public void A_breached_threshold_fails_the_build_and_fails_again_on_a_no_op_rebuild()
    {
        var consumer = Consumer.Create(packages, "breach");
        SmallEval.WriteTo(consumer.Dir);

        var failed = consumer.Build("-p:JudgeEvalKappaFail=0.99");
        var again = consumer.Build("--no-restore", "-p:JudgeEvalKappaFail=0.99", "-v:d");

        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.NotEmpty(Consumer.Findings(failed, "error"));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Skipping target \"_JudgeEvalRun\" because all output files are up-to-date", again.Output, StringComparison.Ordinal);
        Assert.Equal(Consumer.Codes(failed, "error"), Consumer.Codes(again, "error"));
    }
}
