namespace JudgeEval.EndToEnd.Tests;

/// <summary>
/// Tools that only evaluate a project (`dotnet msbuild -getProperty:`/`-getItem:`, IDEs, CI scripts) get its properties
/// before the first build as after it: MSBuild expands an item's Include in that mode even when its condition is false.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class EvaluationTests(PackagesFixture packages)
{
    [Fact]
    public void GetProperty_and_GetItem_work_before_the_first_build_and_list_the_inputs_after_it()
    {
        var consumer = Consumer.Create(packages, "evaluation");
        SmallEval.WriteTo(consumer.Dir);
        Assert.Equal(0, consumer.Dotnet("restore").ExitCode);

        Assert.Empty(Inputs(consumer));

        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains(Path.Combine(consumer.Dir, "data", "judge.jsonl"), Inputs(consumer));
    }

    static IReadOnlyList<string> Inputs(Consumer consumer)
    {
        var json = consumer.Evaluate("-getProperty:JudgeEvalManifest", "-getItem:JudgeEvalInput");
        Assert.Equal(Path.Combine(consumer.Dir, "judgeeval.yaml"), json.GetProperty("Properties").GetProperty("JudgeEvalManifest").GetString());
        return [.. json.GetProperty("Items").GetProperty("JudgeEvalInput").EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!)];
    }
}
