using System.Globalization;

namespace JudgeEval.Engine.Data;

/// <summary>What is wrong with a grade that is not on the scale, said of the value as written (2.5 is not a whole number; 1E-320 is not 0).</summary>
public static class ScaleValues
{
    /// <summary>The value in its shortest round-trip form, so nothing is rounded away in a message.</summary>
    public static string Written(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Why <paramref name="value"/> is not on <paramref name="scale"/>, starting with a verb ("is not a whole number; ...").</summary>
    public static string Problem(double value, Scale scale)
    {
        if (scale.Kind == TaskKind.Pairwise)
        {
            return "is not a pairwise verdict: first = 1, second = 2, tie = 1.5";
        }

        var range = $"{Written(scale.Min)}..{Written(scale.Max)}";
        return !double.IsFinite(value) ? $"is not a finite number; the scale is {range}"
            : Math.Floor(value) != value ? $"is not a whole number; the scale {range} has integer grades only"
            : $"is outside the scale {range}";
    }

    /// <summary>Why a human label is not on the scale: a label may fall between grades (a consensus), only not outside.</summary>
    public static string LabelProblem(double value, Scale scale) =>
        scale.Kind == TaskKind.Pointwise && double.IsFinite(value)
            ? $"is outside the scale {Written(scale.Min)}..{Written(scale.Max)}"
            : Problem(value, scale);
}
