using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Statistics.Classification;

/// <summary>Whether a judge grades more generously or more harshly than the humans.</summary>
public static class DirectionalBias
{
    /// <summary>mean(judge - human) over pairwise-complete items: positive means more generous. NaN with no pair.</summary>
    public static double MeanDifference(ReadOnlySpan<double?> judge, ReadOnlySpan<double?> human)
    {
        ConfusionMatrix.CheckSameLength(judge.Length, human.Length);
        double sum = 0;
        long n = 0;
        for (var i = 0; i < judge.Length; i++)
        {
            if (judge[i] is { } j && human[i] is { } h)
            {
                sum += j - h;
                n++;
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }
}
