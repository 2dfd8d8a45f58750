using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using static JudgeEval.Engine.Tests.Data.DatasetFixtures;

namespace JudgeEval.Engine.Tests.Data;

public class BadDataTests
{
    static readonly SourceLocation Row7 = new("judge.jsonl", 7, 1, 7, 30);

    [Fact]
    public void Empty_items_are_an_error_at_the_items_node()
    {
        var (dataset, diagnostics) = DatasetBuilder.Build(Pointwise([], null));

        Assert.Null(dataset);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("JE0070", ItemsAt), (d.Code, d.Location));
    }

    [Fact]
    public void Duplicate_item_ids_point_at_the_second_occurrence()
    {
        var items = new[] { new EvalItem { Id = "a" }, new EvalItem { Id = "a", Source = Row7 } };

        var (dataset, diagnostics) = DatasetBuilder.Build(Pointwise(items, null, Score("a", 1)));

        Assert.Null(dataset);
        Assert.Equal(("JE0071", Row7), (diagnostics[0].Code, diagnostics[0].Location));
    }

    [Fact]
    public void Judged_id_absent_from_items_points_at_its_row()
    {
        var (dataset, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a"), null, Score("a", 1), Score("zz", 1) with { Source = Row7 }));

        Assert.Null(dataset);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("JE0072", Row7), (d.Code, d.Location));
        Assert.Contains("'zz'", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-1)]
    [InlineData(1.5)]
    public void Score_outside_the_scale_is_an_error_never_clamped(double score)
    {
        var (dataset, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a"), null, Score("a", score)));

        Assert.Null(dataset);
        Assert.Equal("JE0073", diagnostics[0].Code);
    }

    [Theory]
    [InlineData(2.5, "Judge 'j1' gave 2.5 for 'a', which is not a whole number; the scale 0..3 has integer grades only.")]
    [InlineData(1e-320, "Judge 'j1' gave 1E-320 for 'a', which is not a whole number; the scale 0..3 has integer grades only.")]
    [InlineData(4, "Judge 'j1' gave 4 for 'a', which is outside the scale 0..3.")]
    public void The_message_says_what_is_wrong_with_the_value_as_written(double score, string message)
    {
        var (_, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a"), null, Score("a", score)));

        Assert.Equal(message, diagnostics[0].Message);
    }

    [Fact]
    public void A_fractional_human_label_is_a_consensus_and_only_one_past_the_scale_is_wrong()
    {
        // A label may fall between grades (the mean of three annotators); only one outside min..max is a problem.
        var (inside, quiet) = DatasetBuilder.Build(Pointwise(Items("a"), [Label("a", 2.5)], Score("a", 1)));
        var (_, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a"), [Label("a", 3.5)], Score("a", 1)));

        Assert.NotNull(inside);
        Assert.Empty(quiet);
        Assert.Equal("Human label 3.5 for 'a' is outside the scale 0..3.", diagnostics[0].Message);
    }

    [Fact]
    public void Label_outside_the_scale_points_at_the_labels_node_when_the_row_is_unknown()
    {
        var (_, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a"), [Label("a", 9)], Score("a", 1)));

        Assert.Equal(("JE0073", LabelsAt), (diagnostics[0].Code, diagnostics[0].Location));
    }

    [Fact]
    public void Two_verdicts_for_one_item_are_ambiguous()
    {
        var (_, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a"), null, Score("a", 1), Score("a", 2)));

        Assert.Equal("JE0074", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_judge_with_no_matching_judgments_is_an_error_at_its_source()
    {
        var (_, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a"), null));

        Assert.Equal(("JE0075", JudgeAt), (diagnostics[0].Code, diagnostics[0].Location));
    }

    [Fact]
    public void Many_identical_problems_are_capped_and_summarised()
    {
        var judgments = Enumerable.Range(0, 25).Select(i => Score($"x{i}", 1)).Append(Score("a", 1)).ToArray();

        var (_, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a"), null, judgments));

        Assert.Equal(DatasetBuilder.ReportLimit, diagnostics.Count(d => d.Code == "JE0072"));
        Assert.Contains("15 more JE0072", Assert.Single(diagnostics, d => d.Code == "JE0077").Message, StringComparison.Ordinal);
    }
}
