using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Data.DatasetFixtures;

namespace JudgeEval.Engine.Tests.Data;

/// <summary>Repeated samples of one judge: kept apart for self-consistency, combined (median / majority) for everything else.</summary>
public class RepeatedSamplesTests
{
    static Judgment At(string id, double? score, int sample, string? reason = null) => new() { ItemId = id, Score = score, Sample = sample, MissingReason = reason };

    static Judgment Pair(string id, double? original, double? swapped, int sample) => new() { ItemId = id, Score = original, SwappedScore = swapped, Sample = sample };

    [Fact]
    public void The_pointwise_verdict_is_the_median_sample_and_the_lower_middle_one_of_an_even_count()
    {
        var input = Pointwise(Items("odd", "even", "gap"), null,
            At("odd", 1, 0), At("odd", 3, 1), At("odd", 2, 2),
            At("even", 3, 0), At("even", 1, 1),
            At("gap", null, 0, "refused"), At("gap", 2, 1), At("gap", 3, 2));

        var ratings = DatasetBuilder.Build(input).Dataset!.Judge("j1");

        // odd: median of 1, 3, 2 is 2; even: 1 and 3 give the lower middle 1; gap: the missing sample is left out (2, 3 -> 2).
        Assert.Equal([2, 1, 2], ratings.Scores);
        Assert.Equal([1, 3, null], ratings.FirstSample!);
        Assert.Equal(2, ratings.ExtraSamples.Count);
        Assert.Equal(3, ratings.Valid);
        Assert.Empty(ratings.MissingReasons);
    }

    [Fact]
    public void The_pairwise_verdict_is_the_majority_and_a_tie_without_one()
    {
        const double F = Preference.First, S = Preference.Second;
        var input = new DatasetInput
        {
            Scale = Scale.Pairwise,
            Items = Items("p", "q", "r"),
            ItemsAt = ItemsAt,
            Judges =
            [
                new JudgeInput("j1",
                [
                    Pair("p", F, F, 0), Pair("p", F, F, 1), Pair("p", S, S, 2),
                    Pair("q", F, F, 0), Pair("q", S, S, 1),
                    Pair("r", S, S, 0), Pair("r", F, S, 1), Pair("r", F, F, 2),
                ], JudgeAt),
            ],
        };

        var ratings = DatasetBuilder.Build(input).Dataset!.Judge("j1");

        // p: first twice of three; q: first once, second once, no majority; r: second, tie (orders disagree), first.
        Assert.Equal([F, Preference.Tie, Preference.Tie], ratings.Scores);
        // Position bias reads the orders of the first sample.
        Assert.Equal([F, F, S], ratings.Original!);
        Assert.Equal([F, F, S], ratings.Swapped!);
    }

    [Fact]
    public void An_item_missing_in_every_sample_is_missing_with_the_first_reason_read()
    {
        var input = Pointwise(Items("a", "b"), null, At("a", 1, 0), At("a", 2, 1), At("b", null, 0, "refused"), At("b", null, 1, "timeout"));

        var ratings = DatasetBuilder.Build(input).Dataset!.Judge("j1");

        Assert.Equal([1, null], ratings.Scores);
        Assert.Equal(1, Assert.Single(ratings.MissingReasons, r => r.Key == "refused").Value);
    }

    [Fact]
    public void Samples_numbered_from_one_need_no_sample_zero()
    {
        var input = Pointwise(Items("a"), null, At("a", 1, 1), At("a", 3, 2), At("a", 3, 3));

        var (dataset, diagnostics) = DatasetBuilder.Build(input);

        Assert.Empty(diagnostics);
        var ratings = dataset!.Judge("j1");
        Assert.Equal([3], ratings.Scores);
        Assert.Equal([1], ratings.FirstSample!);
        Assert.Equal(3, ratings.AllSamples.Count);
    }

    [Fact]
    public void Two_verdicts_for_one_item_in_the_same_sample_are_a_located_error()
    {
        var input = Pointwise(Items("a"), null, At("a", 1, 0), At("a", 2, 1), At("a", 3, 1) with { Source = new("j.jsonl", 3, 1, 3, 20) });

        var (dataset, diagnostics) = DatasetBuilder.Build(input);

        Assert.Null(dataset);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("JE0074", 3), (d.Code, d.Location!.Line));
        Assert.Contains("more than one verdict for 'a' in sample 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_repeats_the_only_sample_is_the_verdict()
    {
        var ratings = DatasetBuilder.Build(Pointwise(Items("a", "b"), null, Score("a", 1), Score("b", 2))).Dataset!.Judge("j1");

        Assert.False(ratings.HasRepeats);
        Assert.Null(ratings.FirstSample);
        Assert.Same(ratings.Scores, Assert.Single(ratings.AllSamples));
    }
}
