using JudgeEval.Engine.Data;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Position bias of a pairwise judge from its verdicts in both presentation orders.
/// Consistency: share of items valid in both orders whose two verdicts agree (tie = tie counts as agreement).
/// First-position rate: share of valid single-order verdicts that chose the output shown first; a tie counts one half,
/// so 0.5 means no position preference. Accuracies count a tie as half right; the averaged accuracy is the mean of the
/// two per-order accuracies (the LLMBar convention), over items with a human label.
/// </summary>
public static class PositionBiasAnalyzer
{
    public static PositionBias? Analyze(JudgeRatings judge, double?[] human)
    {
        if (judge.Original is not { } original || judge.Swapped is not { } swapped)
        {
            return null;
        }

        int both = 0, consistent = 0, single = 0;
        double first = 0;
        for (var i = 0; i < original.Length; i++)
        {
            if (original[i] is { } o)
            {
                single++;
                first += ShownFirstShare(o, shownFirst: Preference.First);
            }

            if (swapped[i] is { } s)
            {
                single++;
                first += ShownFirstShare(s, shownFirst: Preference.Second);
            }

            if (original[i].HasValue && swapped[i].HasValue)
            {
                both++;
                consistent += original[i] == swapped[i] ? 1 : 0;
            }
        }

        var accOriginal = Accuracy(original, human);
        var accSwapped = Accuracy(swapped, human);
        return new PositionBias
        {
            N = both,
            Consistency = Ratio(consistent, both),
            FirstPositionRate = single == 0 ? double.NaN : first / single,
            AccuracyOriginal = accOriginal,
            AccuracySwapped = accSwapped,
            AccuracyAveraged = (accOriginal + accSwapped) / 2,
        };
    }

    static double ShownFirstShare(double verdict, double shownFirst) =>
        verdict == Preference.Tie ? 0.5 : verdict == shownFirst ? 1 : 0;

    /// <summary>Share of labelled items with a valid verdict that match the human winner; a tie verdict scores one half.</summary>
    public static double Accuracy(double?[] verdicts, double?[] human)
    {
        double right = 0;
        var n = 0;
        for (var i = 0; i < verdicts.Length; i++)
        {
            if (verdicts[i] is { } v && human[i] is { } h)
            {
                n++;
                right += v == h ? 1 : v == Preference.Tie ? 0.5 : 0;
            }
        }

        return n == 0 ? double.NaN : right / n;
    }

    static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
