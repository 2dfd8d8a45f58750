namespace JudgeEval.Engine.Statistics.Annotators;

/// <summary>
/// How a fractional human label (a consensus such as the mean of three annotators, 3.667) becomes a grade for the
/// categorical statistics (kappa, the confusion table, F1). The exact value is kept for everything else.
/// </summary>
public enum LabelRounding
{
    /// <summary>x.5 goes up: floor(x + 0.5).</summary>
    HalfUp,

    /// <summary>x.5 goes to the even neighbour (banker's rounding); otherwise to the nearest grade.</summary>
    NearestEven,

    /// <summary>Down to the grade below: floor(x).</summary>
    Floor,
}

/// <summary>Applies a <see cref="LabelRounding"/>; whole grades are returned unchanged by every rule.</summary>
public static class LabelGrades
{
    public static double Round(double value, LabelRounding rounding) => rounding switch
    {
        LabelRounding.NearestEven => Math.Round(value, MidpointRounding.ToEven),
        LabelRounding.Floor => Math.Floor(value),
        _ => Math.Floor(value + 0.5),
    };

    public static double?[] Round(double?[] values, LabelRounding rounding) =>
        [.. values.Select(v => v is { } x ? Round(x, rounding) : (double?)null)];
}
