namespace JudgeEval.Engine.Reporting.Html.Charts;

/// <summary>A linear axis mapping [Min, Max] onto [Left, Right] pixels; values outside are clamped to the edge.</summary>
public readonly record struct Axis(double Min, double Max, double Left, double Right)
{
    public double X(double value) => Left + ((Math.Clamp(value, Min, Max) - Min) / (Max - Min) * (Right - Left));

    public bool Contains(double value) => value >= Min && value <= Max;

    /// <summary>Evenly spaced ticks every <paramref name="step"/> from Min to Max.</summary>
    public IEnumerable<double> Ticks(double step)
    {
        var count = (int)Math.Round((Max - Min) / step);
        for (var i = 0; i <= count; i++)
        {
            yield return Math.Round(Min + (i * step), 10);
        }
    }

    /// <summary>A symmetric axis around zero wide enough for every value, rounded up to a tidy bound.</summary>
    public static double SymmetricBound(IEnumerable<double> values)
    {
        var largest = values.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0.1).Max();
        double[] tidy = [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 3, 5, 10];
        return tidy.FirstOrDefault(t => t >= largest, Math.Ceiling(largest));
    }
}
