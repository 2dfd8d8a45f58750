using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Tests.Analysis;

public class PositionBiasTests
{
    const double F = Preference.First, S = Preference.Second, T = Preference.Tie;

    [Fact]
    public void A_judge_that_always_picks_the_first_shown_output_is_fully_inconsistent()
    {
        // Original order shows output 1 first, so "first shown" = First; swapped shows output 2 first = Second.
        var judge = Pairwise([F, F, F, F], [S, S, S, S]);

        var bias = PositionBiasAnalyzer.Analyze(judge, [F, S, F, S])!;

        Assert.Equal(4, bias.N);
        Assert.Equal(0.0, bias.Consistency);
        Assert.Equal(1.0, bias.FirstPositionRate);
        Assert.Equal(0.5, bias.AccuracyOriginal);
        Assert.Equal(0.5, bias.AccuracySwapped);
        Assert.Equal(0.5, bias.AccuracyAveraged);
    }

    [Fact]
    public void Hand_computed_mixed_case_with_a_tie_and_a_missing_order()
    {
        // item: orig, swapped, human
        //  0:   F     F        F   consistent; first-shown picks: orig yes (1), swapped no (0)
        //  1:   S     F        S   inconsistent; orig no (0), swapped no (0)
        //  2:   T     T        F   consistent; 0.5 + 0.5
        //  3:   F     null     S   orig yes (1)
        var judge = Pairwise([F, S, T, F], [F, F, T, null]);

        var bias = PositionBiasAnalyzer.Analyze(judge, [F, S, F, S])!;

        Assert.Equal(3, bias.N);
        Assert.Equal(2.0 / 3, bias.Consistency, 12);
        Assert.Equal((1 + 0 + 0 + 0 + 0.5 + 0.5 + 1) / 7.0, bias.FirstPositionRate, 12);
        Assert.Equal((1 + 1 + 0.5 + 0) / 4.0, bias.AccuracyOriginal, 12);
        Assert.Equal((1 + 0 + 0.5) / 3.0, bias.AccuracySwapped, 12);
    }

    [Fact]
    public void Pointwise_judges_have_no_position_bias_section() =>
        Assert.Null(PositionBiasAnalyzer.Analyze(new JudgeRatings { JudgeId = "p", Scores = [1.0] }, [1.0]));

    static JudgeRatings Pairwise(double?[] original, double?[] swapped) => new()
    {
        JudgeId = "j",
        Scores = original.Select((o, i) => o.HasValue && swapped[i].HasValue ? (o + swapped[i]) / 2 : null).ToArray(),
        Original = original,
        Swapped = swapped,
    };
}
