using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Labelling;
using JudgeEval.Engine.Pipeline;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>The loop closes: labels written by a session are the human labels of the next `judgeeval run`.</summary>
public class NextRunTests
{
    const string Tab = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData(false, "2")]
    [InlineData(true, "left")]
    public void The_next_run_calibrates_against_the_labels_a_session_wrote(bool pairwise, string choice)
    {
        using var eval = new LabelEval(items: 12, pairwise: pairwise);
        var session = new LabelSession(LabelWorkspaces.Prepare(eval.Manifest, "alice", "--take", "random", "--count", "6"), TimeProvider.System);
        var view = session.Current(Tab);
        while (view.Item is { } item)
        {
            view = session.Label(Tab, item.Id, choice).View;
        }

        File.AppendAllText(eval.Manifest, "humanLabels: { path: labels.alice.jsonl, format: jsonl }\n");
        var outcome = EvalRunner.Run(new RunArguments { Manifest = eval.Manifest, Out = Path.Combine(eval.Folder, "out") }, DateOnly.FromDateTime(DateTime.UtcNow));

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code.StartsWith("JE00", StringComparison.Ordinal));
        var results = outcome.Results!;
        Assert.Equal(6, results.Items.WithHumanLabel);
        Assert.All(results.Judges, j => Assert.Equal(6, j.VsHuman!.N));

        // A second session has nothing left in the same selection, and the labels file was only appended to.
        var again = LabelWorkspaces.Prepare(eval.Manifest, "alice", "--take", "random", "--count", "6");
        Assert.Equal(0, new LabelSession(again, TimeProvider.System).OpenAtStart);
        Assert.Equal(6, File.ReadAllLines(eval.LabelsFile("alice")).Length);
    }

    [Fact]
    public void Two_annotators_label_the_same_items_and_the_next_run_combines_them_and_measures_the_humans()
    {
        using var eval = new LabelEval(items: 12, extra: "humanLabels: { path: team.jsonl, format: jsonl }\nthresholds: { minCalibrationItems: 6 }");
        eval.Write("team.jsonl", "");
        foreach (var (annotator, shift) in new[] { ("alice", 0), ("bob", 1) })
        {
            var session = new LabelSession(LabelWorkspaces.Prepare(eval.Manifest, annotator, "--take", "random", "--count", "6"), TimeProvider.System);
            var view = session.Current(Tab);
            while (view.Item is { } item)
            {
                // Bob agrees with Alice on every other item and is one grade higher on the rest.
                var grade = LabelEval.Grade(int.Parse(item.Id["item-".Length..], System.Globalization.CultureInfo.InvariantCulture), 0);
                var k = item.Number;
                view = session.Label(Tab, item.Id, Math.Min(3, grade + (k % 2 == 0 ? shift : 0)).ToString(System.Globalization.CultureInfo.InvariantCulture)).View;
            }

            Assert.Equal(6, session.SavedCount);
        }

        var outcome = EvalRunner.Run(new RunArguments { Manifest = eval.Manifest, Out = Path.Combine(eval.Folder, "out") }, DateOnly.FromDateTime(DateTime.UtcNow));

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code.StartsWith("JE00", StringComparison.Ordinal));
        var results = outcome.Results!;
        Assert.Equal(12, File.ReadAllLines(Path.Combine(eval.Folder, "team.jsonl")).Length);
        Assert.Equal(6, results.Items.WithHumanLabel);
        Assert.Equal((2, 6, 6), (results.Humans!.Annotators, results.Humans.Items, results.Humans.ItemsWithSeveral));
        Assert.False(double.IsNaN(results.Humans.MeanPairwiseKappa));
        Assert.All(results.Judges, j => Assert.Equal(6, j.VsHuman!.N));
    }
}
