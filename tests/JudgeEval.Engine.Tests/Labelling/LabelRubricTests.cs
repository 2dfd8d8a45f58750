using JudgeEval.Engine.Labelling;
using JudgeEval.Engine.Tests.Manifest;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>`task.rubric` in the manifest, and the rubric the labelling page shows (from the manifest or a live judge's prompt).</summary>
public sealed class LabelRubricTests : IDisposable
{
    readonly ManifestFolder folder = new();

    static string Pointwise(string rubric, string scale = "{ min: 0, max: 3 }") => ManifestFolder.Minimal
        .Replace("  scale: { min: 0, max: 3 }", "  scale: " + scale + "\n" + rubric, StringComparison.Ordinal);

    [Fact]
    public void The_manifest_rubric_gives_instructions_and_a_text_per_grade()
    {
        var manifest = folder.Valid(Pointwise("  rubric:\n    instructions: How relevant is the passage?\n    grades: { 0: not relevant, 3: highly relevant }"));

        var rubric = LabelRubrics.For(manifest);

        Assert.Equal("How relevant is the passage?", rubric.Instructions);
        Assert.Equal("task.rubric", rubric.Source);
        Assert.Equal(
            [("0", "0", "0", "not relevant"), ("1", "1", "1", null), ("2", "2", "2", null), ("3", "3", "3", "highly relevant")],
            rubric.Choices.Select(c => (c.Choice, c.Label, c.Key, c.Description)));
    }

    [Fact]
    public void A_grade_outside_the_scale_is_an_unknown_key() =>
        Assert.Contains("Unknown key '4'", folder.Error(Pointwise("  rubric: { grades: { 4: too high } }"), "JE0005").Message, StringComparison.Ordinal);

    [Fact]
    public void Pairwise_rubrics_take_instructions_only() =>
        folder.Error(ManifestFolder.Minimal.Replace("  kind: pointwise\n  scale: { min: 0, max: 3 }", "  kind: pairwise\n  rubric: { grades: { 1: first } }", StringComparison.Ordinal), "JE0021");

    [Fact]
    public void Empty_rubric_text_is_a_bad_value() => folder.Error(Pointwise("  rubric: { instructions: \"\" }"), "JE0009");

    [Fact]
    public void Scales_beyond_single_digits_get_keys_by_position_up_to_ten_grades()
    {
        var oneToTen = LabelRubrics.For(folder.Valid(Pointwise("", "{ min: 1, max: 10 }")));
        var wide = LabelRubrics.For(folder.Valid(Pointwise("", "{ min: 0, max: 20 }")));

        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"], oneToTen.Choices.Select(c => c.Key));
        Assert.Equal("10", oneToTen.Choices[^1].Label);
        Assert.All(wide.Choices, c => Assert.Null(c.Key));
        Assert.Null(wide.Instructions);
    }

    [Fact]
    public void Pairwise_choices_are_sides_tie_in_the_middle()
    {
        var manifest = folder.Valid(ManifestFolder.Minimal.Replace("  kind: pointwise\n  scale: { min: 0, max: 3 }", "  kind: pairwise\n  rubric: { instructions: Which answer helps more? }", StringComparison.Ordinal));

        var rubric = LabelRubrics.For(manifest);

        Assert.Equal([("left", "1"), ("tie", "t"), ("right", "2")], rubric.Choices.Select(c => (c.Choice, c.Key!)));
        Assert.Equal("Which answer helps more?", rubric.Instructions);
    }

    [Fact]
    public void Without_a_manifest_rubric_the_live_judges_prompt_is_the_rubric()
    {
        var live = ManifestFolder.Minimal.Replace("    judgments: { path: a.jsonl, format: jsonl }", "    endpoint: local\n    prompt: relevance", StringComparison.Ordinal);
        var manifest = folder.Valid(live + "\nendpoints:\n  - { id: local, baseUrl: \"http://127.0.0.1:9/v1\" }\n");

        var rubric = LabelRubrics.For(manifest);

        Assert.StartsWith("Judge how relevant the passage is to the query, as an integer grade from 0 to 3:", rubric.Instructions, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", rubric.Instructions, StringComparison.Ordinal);
        Assert.DoesNotContain("Passage:", rubric.Instructions, StringComparison.Ordinal);
        Assert.Equal("the prompt of judge 'a'", rubric.Source);
        Assert.Equal("the passage has nothing to do with the query.", rubric.Choices[0].Description);
        Assert.Equal("the passage is dedicated to the query and states the exact answer.", rubric.Choices[3].Description);
        Assert.Null(rubric.Choices[1].Description);
    }

    public void Dispose() => folder.Dispose();
}
