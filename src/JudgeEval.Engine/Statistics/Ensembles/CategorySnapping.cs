using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Statistics.Ensembles;

/// <summary>
/// Turns a value that may fall between categories (a mean, a midpoint median, the average of both pairwise orders)
/// into a category: the nearest one; exactly halfway, the lower grade on a pointwise scale and the one nearer
/// <see cref="Preference.Tie"/> on the pairwise scale. This is the majority tie rule applied to distances.
/// </summary>
public static class CategorySnapping
{
    /// <summary>True for the pairwise categories First, Tie, Second (pointwise grades are integers, never 1.5).</summary>
    public static bool IsPairwise(IReadOnlyList<double> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return categories.Contains(Preference.Tie) && categories.All(c => c is Preference.First or Preference.Tie or Preference.Second);
    }

    public static double Nearest(double value, IReadOnlyList<double> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.Count == 0 || double.IsNaN(value))
        {
            return double.NaN;
        }

        var pairwise = IsPairwise(categories);
        var best = categories[0];
        for (var i = 1; i < categories.Count; i++)
        {
            var candidate = categories[i];
            var distance = Math.Abs(candidate - value);
            var bestDistance = Math.Abs(best - value);
            if (distance < bestDistance || (distance == bestDistance && Preferred(candidate, best, pairwise)))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>The tie rule between two equally supported categories: is <paramref name="candidate"/> the one kept?</summary>
    internal static bool Preferred(double candidate, double incumbent, bool pairwise) => pairwise
        ? Math.Abs(candidate - Preference.Tie) < Math.Abs(incumbent - Preference.Tie)
        : candidate < incumbent;
}
