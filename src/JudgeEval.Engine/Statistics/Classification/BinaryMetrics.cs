namespace JudgeEval.Engine.Statistics.Classification;

/// <summary>
/// A pass/fail confusion table with the usual rates. Each rate is NaN when its denominator is zero
/// (for example precision when the judge never says pass), never 0.
/// </summary>
public sealed record BinaryMetrics(long TruePositive, long FalsePositive, long TrueNegative, long FalseNegative)
{
    public long N => TruePositive + FalsePositive + TrueNegative + FalseNegative;

    public double Accuracy => Ratio(TruePositive + TrueNegative, N);

    /// <summary>TP / (TP + FP): of the judge's passes, the share humans also pass.</summary>
    public double Precision => Ratio(TruePositive, TruePositive + FalsePositive);

    /// <summary>TP / (TP + FN), the same as <see cref="Sensitivity"/>.</summary>
    public double Recall => Ratio(TruePositive, TruePositive + FalseNegative);

    /// <summary>2 TP / (2 TP + FP + FN), the harmonic mean of precision and recall.</summary>
    public double F1 => Ratio(2 * TruePositive, (2 * TruePositive) + FalsePositive + FalseNegative);

    public double Sensitivity => Recall;

    /// <summary>TN / (TN + FP): of the human fails, the share the judge also fails.</summary>
    public double Specificity => Ratio(TrueNegative, TrueNegative + FalsePositive);

    static double Ratio(long numerator, long denominator) => denominator == 0 ? double.NaN : numerator / (double)denominator;
}
