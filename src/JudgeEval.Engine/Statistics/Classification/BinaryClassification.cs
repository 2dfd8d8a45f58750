using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Statistics.Classification;

/// <summary>The judge as a pass/fail classifier of the human label.</summary>
public static class BinaryClassification
{
    /// <summary>
    /// Pairwise-complete counts where "positive" (pass) is a score at or above <paramref name="passThreshold"/>,
    /// for the judge's prediction and the human truth alike.
    /// </summary>
    public static BinaryMetrics AtThreshold(ReadOnlySpan<double?> judge, ReadOnlySpan<double?> human, double passThreshold) =>
        Count(judge, human, passThreshold, double.PositiveInfinity);

    /// <summary>
    /// Pairwise-complete counts where "positive" is exactly the verdict <paramref name="positive"/>, for example
    /// <c>Preference.First</c> ("the first output wins") in pairwise tasks; any other value, a tie included, is negative.
    /// </summary>
    public static BinaryMetrics ForValue(ReadOnlySpan<double?> judge, ReadOnlySpan<double?> human, double positive) =>
        Count(judge, human, positive, positive);

    /// <summary>Positive means lowest &lt;= value &lt;= highest.</summary>
    static BinaryMetrics Count(ReadOnlySpan<double?> judge, ReadOnlySpan<double?> human, double lowest, double highest)
    {
        ConfusionMatrix.CheckSameLength(judge.Length, human.Length);
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < judge.Length; i++)
        {
            if (judge[i] is not { } predicted || human[i] is not { } truth)
            {
                continue;
            }

            switch (predicted >= lowest && predicted <= highest, truth >= lowest && truth <= highest)
            {
                case (true, true): tp++; break;
                case (true, false): fp++; break;
                case (false, false): tn++; break;
                default: fn++; break;
            }
        }

        return new BinaryMetrics(tp, fp, tn, fn);
    }
}
