namespace JudgeEval.EndToEnd.Tests;

/// <summary>
/// `dotnet build` as a GitHub Actions job runs it (GITHUB_ACTIONS=true, GITHUB_STEP_SUMMARY set): the engine's workflow
/// commands reach the build output once per finding at the default verbosity, the job summary is appended, and a no-op
/// rebuild (engine skipped) replays the MSBuild warning without annotating it again.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class CiBuildTests(PackagesFixture packages)
{
    [Fact]
    public void On_GitHub_Actions_each_finding_is_annotated_once_relative_to_the_root_and_summarised()
    {
        var consumer = Consumer.Create(packages, "github-actions");
        SmallEval.WriteTo(consumer.Dir);
        var summary = Path.Combine(consumer.Dir, "step-summary.md");
        var env = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary };

        var first = consumer.BuildWith(env, "-p:JudgeEvalSarifRoot=..");
        var again = consumer.BuildWith(env, "--no-restore", "-p:JudgeEvalSarifRoot=..");

        Assert.True(first.ExitCode == 0, first.ToString());
        var annotations = Commands(first);
        var warning = Assert.Single(annotations, l => l.Contains("title=JE2001::", StringComparison.Ordinal));
        Assert.StartsWith("::warning file=github-actions/judgeeval.yaml,line=", warning, StringComparison.Ordinal);
        Assert.Contains("::Judge 'small' agrees with the human labels", warning, StringComparison.Ordinal);
        Assert.Equal(annotations.Count, annotations.Distinct().Count());
        Assert.Contains("JE2001", Consumer.Codes(first, "warning"));

        var text = File.ReadAllText(summary);
        Assert.Equal(1, text.Split("## ✅ JudgeEval: pass").Length - 1);
        Assert.Contains("**Report:** github-actions/obj/judgeeval/report.html", text, StringComparison.Ordinal);
        var sarif = File.ReadAllText(Path.Combine(consumer.OutputDir, "judgeeval.sarif"));
        Assert.Contains("\"uri\": \"github-actions/judgeeval.yaml\"", sarif, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"judgeeval/github-actions/\"", sarif, StringComparison.Ordinal);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Empty(Commands(again));
        Assert.Contains("JE2001", Consumer.Codes(again, "warning"));
        Assert.Equal(text, File.ReadAllText(summary));
    }

    /// <summary>The workflow command lines of the output, as the runner reads them (leading spaces trimmed).</summary>
    static List<string> Commands(ProcessResult build) =>
        [.. build.Output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("::", StringComparison.Ordinal))];
}
