using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Statistics.Classification;

/// <summary>The judge as a pass/fail classifier of the human label.</summary>
public static class BinaryClassification
{
    /// <summary>
    /// Pairwise-complete counts where "positive" (pass) is a score at or above <paramref name="passThreshold"/>,
    /// for the judge's prediction and the human truth alike.
    /// </summary>
    public static BinaryMetrics AtThreshold(ReadOnlySpan<double?> judge, ReadOnlySpan<double?> human, double passThreshold)
    {
        ConfusionMatrix.CheckSameLength(judge.Length, human.Length);
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < judge.Length; i++)
        {
            if (judge[i] is not { } predicted || human[i] is not { } truth)
            {
                continue;
            }

            switch (predicted >= passThreshold, truth >= passThreshold)
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
