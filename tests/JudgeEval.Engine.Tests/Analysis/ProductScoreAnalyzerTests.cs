using JudgeEval.Engine.Results;
using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Analysis;

public class ProductScoreAnalyzerTests
{
    static AnalysisSettings Settings(int seed = 7) => new()
    {
        Scale = Scale.Pointwise(0, 1),
        Weights = KappaWeights.Create(KappaWeighting.Unweighted, 2),
        Weighting = KappaWeighting.Unweighted,
        PassThreshold = 1,
        Resamples = 2000,
        Seed = seed,
    };

    /// <summary>
    /// Hand-computed 2x2: 60 human passes of which the judge passes 48 (sensitivity 0.8), 40 human fails of which it
    /// passes 4 (specificity 0.9). Apparent rate 52/100; Rogan-Gladen (0.52 + 0.9 - 1) / (0.8 + 0.9 - 1) = 0.42 / 0.7 = 0.6,
    /// the humans' true rate.
    /// </summary>
    static (double?[] Judge, double?[] Human) TwoByTwo()
    {
        var judge = new List<double?>();
        var human = new List<double?>();
        void Add(int count, double h, double j)
        {
            for (var i = 0; i < count; i++)
            {
                human.Add(h);
                judge.Add(j);
            }
        }

        Add(48, 1, 1);
        Add(12, 1, 0);
        Add(4, 0, 1);
        Add(36, 0, 0);
        return ([.. judge], [.. human]);
    }

    [Fact]
    public void Rogan_gladen_corrects_the_hand_computed_case_to_the_true_rate()
    {
        var (judge, human) = TwoByTwo();
        var score = ProductScoreAnalyzer.Score("j", judge, human, Settings(), min: 0.5);

        Assert.Equal(0.52, score.PassRate, 12);
        Assert.Equal(0.8, score.Sensitivity, 12);
        Assert.Equal(0.9, score.Specificity, 12);
        Assert.Equal(0.6, score.Corrected, 12);
        Assert.InRange(score.PassRate, score.PassRateCi95.Lower, score.PassRateCi95.Upper);
        Assert.InRange(score.Corrected, score.CorrectedCi95.Lower, score.CorrectedCi95.Upper);
        // The corrected interval carries the uncertainty of sensitivity and specificity too, so it is the wider one.
        Assert.True(score.CorrectedCi95.Upper - score.CorrectedCi95.Lower > score.PassRateCi95.Upper - score.PassRateCi95.Lower);
    }

    [Fact]
    public void The_intervals_are_reproducible_with_the_seed()
    {
        var (judge, human) = TwoByTwo();
        var a = ProductScoreAnalyzer.Score("j", judge, human, Settings(seed: 7), null);
        var b = ProductScoreAnalyzer.Score("j", judge, human, Settings(seed: 7), null);
        var other = ProductScoreAnalyzer.Score("j", judge, human, Settings(seed: 8), null);

        Assert.Equal(a.PassRateCi95, b.PassRateCi95);
        Assert.Equal(a.CorrectedCi95, b.CorrectedCi95);
        Assert.NotEqual(a.CorrectedCi95, other.CorrectedCi95);
        Assert.Null(a.Outcome);
    }

    [Fact]
    public void Missing_verdicts_are_left_out_of_the_rate_not_counted_as_passes()
    {
        double?[] judge = [1, 0, null, null];
        double?[] human = [1, 0, 1, 1];
        var score = ProductScoreAnalyzer.Score("j", judge, human, Settings(), null);
        Assert.Equal(0.5, score.PassRate, 12);
    }

    [Fact]
    public void Outcome_is_decided_by_where_the_interval_lies()
    {
        Assert.Equal(GateOutcome.Pass, ProductScoreAnalyzer.Outcome(new(0.71, 0.8), 0.7));
        Assert.Equal(GateOutcome.Fail, ProductScoreAnalyzer.Outcome(new(0.5, 0.69), 0.7));
        Assert.Equal(GateOutcome.Inconclusive, ProductScoreAnalyzer.Outcome(new(0.6, 0.8), 0.7));
        Assert.Equal(GateOutcome.Inconclusive, ProductScoreAnalyzer.Outcome(new(double.NaN, double.NaN), 0.7));
    }
}
