using System.Text.Json;

namespace JudgeEval.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public class ToolTests(PackagesFixture packages)
{
    [Fact]
    public void The_tool_installs_from_the_feed_and_gives_the_builds_results()
    {
        var consumer = Consumer.Create(packages, "tool");
        SmallEval.WriteTo(consumer.Dir);
        Assert.Equal(0, consumer.Build().ExitCode);

        Assert.Equal(0, consumer.Dotnet("new", "tool-manifest").ExitCode);
        var install = consumer.Dotnet("tool", "install", "JudgeEval.Tool", "--version", packages.Version);
        Assert.True(install.ExitCode == 0, install.ToString());
        var run = consumer.Dotnet("judgeeval", "run", "judgeeval.yaml", "--out", "tool-out");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var byBuild = JsonDocument.Parse(File.ReadAllText(consumer.Results));
        using var byTool = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer.Dir, "tool-out", "results.json")));
        foreach (var section in new[] { "verdict", "items", "judges" })
        {
            Assert.Equal(byBuild.RootElement.GetProperty(section).GetRawText(), byTool.RootElement.GetProperty(section).GetRawText());
        }
    }
}
