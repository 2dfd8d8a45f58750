namespace JudgeEval.Engine.Data;

/// <summary>The values a verdict may take: integer grades min..max (pointwise) or First/Tie/Second (pairwise).</summary>
public sealed record Scale(TaskKind Kind, double Min, double Max)
{
    public static Scale Pairwise { get; } = new(TaskKind.Pairwise, Preference.First, Preference.Second);

    public static Scale Pointwise(int min, int max) => new(TaskKind.Pointwise, min, max);

    /// <summary>Ordered category values used by the categorical statistics.</summary>
    public IReadOnlyList<double> Categories { get; } = Kind == TaskKind.Pairwise
        ? [Preference.First, Preference.Tie, Preference.Second]
        : Enumerable.Range((int)Min, (int)(Max - Min) + 1).Select(v => (double)v).ToArray();

    public bool Contains(double value) => Kind == TaskKind.Pairwise
        ? value is Preference.First or Preference.Second or Preference.Tie
        : value >= Min && value <= Max && Math.Floor(value) == value;
}
