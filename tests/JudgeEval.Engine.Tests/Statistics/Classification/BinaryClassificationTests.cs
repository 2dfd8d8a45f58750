using JudgeEval.Engine.Statistics.Classification;

namespace JudgeEval.Engine.Tests.Statistics.Classification;

public class BinaryClassificationTests
{
    [Fact]
    public void Wikipedia_screening_test_example()
    {
        // Wikipedia "Sensitivity and specificity", worked example: TP 20, FP 180, FN 10, TN 1820 ->
        // sensitivity 20/30 = 66.67 %, specificity 1820/2000 = 91 %, positive predictive value 20/200 = 10 %.
        var metrics = new BinaryMetrics(TruePositive: 20, FalsePositive: 180, TrueNegative: 1820, FalseNegative: 10);

        Assert.Equal(2030, metrics.N);
        Assert.Equal(20.0 / 30, metrics.Sensitivity, 1e-15);
        Assert.Equal(0.91, metrics.Specificity, 1e-15);
        Assert.Equal(0.10, metrics.Precision, 1e-15);
        Assert.Equal(1840.0 / 2030, metrics.Accuracy, 1e-15);
        Assert.Equal(2 * 0.1 * (2.0 / 3) / (0.1 + (2.0 / 3)), metrics.F1, 1e-15);
    }

    [Fact]
    public void Pass_is_at_or_above_the_threshold_and_incomplete_pairs_are_skipped()
    {
        // judge/human: 2/3 TP, 3/2 TP, 2/1 FP, 1/2 FN, 0/0 TN, 1/1 TN, null/3 skipped, 3/null skipped.
        var metrics = BinaryClassification.AtThreshold([2, 3, 2, 1, 0, 1, null, 3], [3, 2, 1, 2, 0, 1, 3, null], passThreshold: 2);

        Assert.Equal(new BinaryMetrics(2, 1, 2, 1), metrics);
        Assert.Equal(4.0 / 6, metrics.Accuracy, 1e-15);
        Assert.Equal(2.0 / 3, metrics.F1, 1e-15);
    }

    [Fact]
    public void Pairwise_positive_class_is_one_exact_verdict()
    {
        // First = 1, Tie = 1.5, Second = 2; positive = "first output wins". judge/human: 1/1 TP, 1/1.5 FP,
        // 1.5/1 FN, 2/2 TN, 1.5/2 TN.
        var metrics = BinaryClassification.ForValue([1, 1, 1.5, 2, 1.5], [1, 1.5, 1, 2, 2], positive: 1);

        Assert.Equal(new BinaryMetrics(1, 1, 2, 1), metrics);
    }

    [Fact]
    public void Rates_without_a_denominator_are_NaN()
    {
        // The judge never passes and humans never pass: precision, recall and F1 are undefined, specificity is 1.
        var metrics = BinaryClassification.AtThreshold([0, 1], [1, 0], passThreshold: 2);

        Assert.True(double.IsNaN(metrics.Precision));
        Assert.True(double.IsNaN(metrics.Recall));
        Assert.True(double.IsNaN(metrics.F1));
        Assert.Equal(1.0, metrics.Specificity);
        Assert.True(double.IsNaN(BinaryClassification.AtThreshold([], [], 1).Accuracy));
    }
}
