using System.Globalization;

namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>
/// Agreement weights w_ij in [0, 1] with 1 on the diagonal, indexed by category position 0..k-1 in scale order.
/// Built-in weights use the position, not the category value: the scales here are equally spaced
/// (integer grades, or First/Tie/Second = 1, 1.5, 2), so both give the same matrix.
/// </summary>
public static class KappaWeights
{
    public static double[,] Create(KappaWeighting weighting, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (weighting == KappaWeighting.Custom)
        {
            throw new ArgumentException("Custom weights come from the manifest: use FromCustom.", nameof(weighting));
        }

        var weights = new double[k, k];
        double span = k - 1;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                weights[i, j] = i == j ? 1.0 : weighting switch
                {
                    KappaWeighting.Linear => 1.0 - (Math.Abs(i - j) / span),
                    KappaWeighting.Quadratic => 1.0 - ((i - j) * (i - j) / (span * span)),
                    _ => 0.0,
                };
            }
        }

        return weights;
    }

    /// <summary>
    /// Null when <paramref name="custom"/> is a usable k x k agreement matrix, else a one-sentence reason (1-based
    /// row and column) for a located manifest error. Symmetry is required: a pair of judges has no natural order,
    /// so w_ij and w_ji must give the same credit.
    /// </summary>
    public static string? Validate(double[][]? custom, int k)
    {
        if (custom is null || custom.Length != k)
        {
            return Text($"weights must have {k} rows, one per category, but has {custom?.Length ?? 0}.");
        }

        for (var i = 0; i < k; i++)
        {
            if (custom[i] is null || custom[i].Length != k)
            {
                return Text($"weights row {i + 1} must have {k} entries, one per category, but has {custom[i]?.Length ?? 0}.");
            }
        }

        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var w = custom[i][j];
                if (!double.IsFinite(w) || w < 0 || w > 1)
                {
                    return Text($"weights[{i + 1}][{j + 1}] is {w}, outside [0, 1].");
                }

                if (i == j && w != 1)
                {
                    return Text($"weights[{i + 1}][{i + 1}] is {w}; the diagonal must be 1 (a category fully agrees with itself).");
                }

                if (w != custom[j][i])
                {
                    return Text($"weights[{i + 1}][{j + 1}] is {w} but weights[{j + 1}][{i + 1}] is {custom[j][i]}; agreement weights must be symmetric.");
                }
            }
        }

        return null;
    }

    public static double[,] FromCustom(double[][] custom)
    {
        var k = custom.Length;
        if (Validate(custom, k) is { } problem)
        {
            throw new ArgumentException(problem, nameof(custom));
        }

        var weights = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                weights[i, j] = custom[i][j];
            }
        }

        return weights;
    }

    /// <summary>Rejects a weight matrix whose size does not match the k categories.</summary>
    internal static void CheckShape(double[,] weights, int k, string parameterName)
    {
        if (weights.GetLength(0) != k || weights.GetLength(1) != k)
        {
            throw new ArgumentException(Text($"Weights are {weights.GetLength(0)} x {weights.GetLength(1)} but there are {k} categories."), parameterName);
        }
    }

    static string Text(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
