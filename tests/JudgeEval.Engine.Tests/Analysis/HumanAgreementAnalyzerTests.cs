using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Analysis;

public class HumanAgreementAnalyzerTests
{
    const double F = Preference.First, S = Preference.Second, T = Preference.Tie;

    static readonly AnalysisSettings Pairwise = new()
    {
        Scale = Scale.Pairwise,
        Weights = KappaWeights.Create(KappaWeighting.Unweighted, 3),
        Weighting = KappaWeighting.Unweighted,
        Resamples = 200,
    };

    // item:  0  1  2  3  4  5
    // human: F  F  F  S  S  S
    // judge: F  F  S  S  F  T
    static readonly double?[] Human = [F, F, F, S, S, S];
    static readonly double?[] Judge = [F, F, S, S, F, T];

    [Fact]
    public void Pairwise_positive_class_is_output_1_wins()
    {
        // Output 1 wins positive: TP 2 (items 0, 1), FN 1 (item 2), FP 1 (item 4), TN 2 (items 3 and the tie 5).
        // With "output 2 wins" positive it would be precision 1/2, recall 1/3.
        var vs = HumanAgreementAnalyzer.Analyze(Judge, Human, Pairwise)!;
        Assert.Equal(2.0 / 3, vs.Precision, 12);
        Assert.Equal(2.0 / 3, vs.Recall, 12);
        Assert.Equal(2.0 / 3, vs.F1, 12);
        Assert.Equal(3.5 / 6, vs.Accuracy, 12); // a tie verdict is half right
    }

    [Fact]
    public void Confusion_rows_are_human_and_columns_judge()
    {
        // Categories First, Tie, Second. Human First: judge First twice, Second once. Human Second: one of each.
        var vs = HumanAgreementAnalyzer.Analyze(Judge, Human, Pairwise)!;
        Assert.Equal([2, 0, 1], vs.Confusion![0]);
        Assert.Equal([0, 0, 0], vs.Confusion[1]);
        Assert.Equal([1, 1, 1], vs.Confusion[2]);
        Assert.Equal(6, vs.N);
    }

    [Fact]
    public void Without_any_human_label_there_is_no_agreement() =>
        Assert.Null(HumanAgreementAnalyzer.Analyze(Judge, [null, null, null, null, null, null], Pairwise));
}
