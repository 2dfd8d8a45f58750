namespace JudgeEval.Engine.Statistics.Resampling;

/// <summary>A confidence interval; both bounds are <see cref="double.NaN"/> when it is undefined.</summary>
public readonly record struct Interval(double Lower, double Upper)
{
    public static Interval Undefined { get; } = new(double.NaN, double.NaN);

    public bool IsDefined => !double.IsNaN(Lower) && !double.IsNaN(Upper);

    public bool Contains(double value) => value >= Lower && value <= Upper;
}
