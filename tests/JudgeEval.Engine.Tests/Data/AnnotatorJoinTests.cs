using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Annotators;
using static JudgeEval.Engine.Tests.Data.DatasetFixtures;

namespace JudgeEval.Engine.Tests.Data;

/// <summary>Human labels as people collect them: fractions inside the scale, several annotators per item, partial labels.</summary>
public class AnnotatorJoinTests
{
    static HumanLabel By(string annotator, string id, double score) => new() { ItemId = id, Score = score, Annotator = annotator };

    [Fact]
    public void Rows_with_one_id_and_different_annotators_are_annotations_combined_by_median()
    {
        var input = Pointwise(Items("a", "b", "c"), [By("x", "a", 1), By("y", "a", 2), By("z", "a", 2), By("x", "b", 1), By("y", "b", 2), By("x", "c", 3)], Score("a", 2));

        var (dataset, diagnostics) = DatasetBuilder.Build(input);

        Assert.Empty(diagnostics);
        Assert.Equal([2, 1.5, 3], dataset!.Human);
        Assert.Equal([2, 2, 3], dataset.HumanGrades);
        Assert.Equal(["x", "y", "z"], dataset.Annotations.Select(a => a.Annotator));
        Assert.Equal([1, 1, 3], dataset.Annotations[0].Labels);
        Assert.Equal([2, 2, null], dataset.Annotations[1].Labels);
        Assert.Equal(ConsensusMethod.Median, dataset.Consensus);
    }

    [Theory]
    [InlineData(ConsensusMethod.Mean, LabelRounding.HalfUp, 5.0 / 3, 2)]
    [InlineData(ConsensusMethod.Majority, LabelRounding.HalfUp, 2, 2)]
    [InlineData(ConsensusMethod.Mean, LabelRounding.Floor, 5.0 / 3, 1)]
    public void The_consensus_and_rounding_are_the_manifests(ConsensusMethod consensus, LabelRounding rounding, double exact, double grade)
    {
        var input = Pointwise(Items("a"), [By("x", "a", 1), By("y", "a", 2), By("z", "a", 2)], Score("a", 2)) with { Consensus = consensus, Rounding = rounding };

        var dataset = DatasetBuilder.Build(input).Dataset!;

        Assert.Equal(exact, dataset.Human[0]!.Value, 15);
        Assert.Equal(grade, dataset.HumanGrades[0]);
        Assert.Equal(rounding, dataset.Rounding);
    }

    [Fact]
    public void A_published_fractional_consensus_inside_the_scale_is_accepted_and_one_outside_is_not()
    {
        var (dataset, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a", "b"), [Label("a", 2.667), Label("b", 3.2)], Score("a", 2), Score("b", 3)));

        var d = Assert.Single(diagnostics);
        Assert.Equal("JE0073", d.Code);
        Assert.Contains("3.2 for 'b' is outside the scale 0..3", d.Message, StringComparison.Ordinal);
        Assert.Null(dataset);
    }

    [Fact]
    public void The_same_annotator_twice_is_a_duplicate_and_unnamed_rows_still_are()
    {
        var (_, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a", "b"), [By("x", "a", 1), By("x", "a", 2), Label("b", 1), Label("b", 2)], Score("a", 2)));

        Assert.Equal(["JE0074", "JE0074"], diagnostics.Select(d => d.Code));
        Assert.Contains("Annotator 'x' labelled item 'a' more than once", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("need an `annotator` each", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pairwise_majority_tie_between_first_and_second_is_a_tie()
    {
        var input = new DatasetInput
        {
            Scale = Scale.Pairwise,
            Items = Items("p", "q"),
            ItemsAt = ItemsAt,
            Labels = [By("x", "p", Preference.First), By("y", "p", Preference.Second), By("x", "q", Preference.Second), By("y", "q", Preference.Second), By("z", "q", Preference.First)],
            LabelsAt = LabelsAt,
            Judges = [new JudgeInput("j1", [new Judgment { ItemId = "p", Score = 1, SwappedScore = 1 }], JudgeAt)],
        };

        var dataset = DatasetBuilder.Build(input).Dataset!;

        Assert.Equal([Preference.Tie, Preference.Second], dataset.Human);
        Assert.Equal(ConsensusMethod.Majority, dataset.Consensus);
    }

    [Fact]
    public void An_item_labelled_by_several_dates_takes_the_oldest()
    {
        var input = Pointwise(Items("a"), [By("x", "a", 1) with { LabeledOn = new DateOnly(2026, 3, 1) }, By("y", "a", 2) with { LabeledOn = new DateOnly(2026, 1, 5) }], Score("a", 1));

        Assert.Equal([new DateOnly(2026, 1, 5)], DatasetBuilder.Build(input).Dataset!.HumanLabeledOn);
    }

    [Fact]
    public void A_verdict_of_both_orders_is_the_items_verdict_without_position_data()
    {
        var input = new DatasetInput
        {
            Scale = Scale.Pairwise,
            Items = Items("p", "q"),
            ItemsAt = ItemsAt,
            Judges = [new JudgeInput("j1", [new Judgment { ItemId = "p", Score = Preference.Second, BothOrders = true }, new Judgment { ItemId = "q", Score = Preference.Tie, BothOrders = true }], JudgeAt)],
        };

        var ratings = DatasetBuilder.Build(input).Dataset!.Judge("j1");

        Assert.Equal([Preference.Second, Preference.Tie], ratings.Scores);
        Assert.Null(ratings.Original);
        Assert.Null(ratings.Swapped);
    }
}
