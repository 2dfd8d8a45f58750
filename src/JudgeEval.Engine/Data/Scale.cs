namespace JudgeEval.Engine.Data;

/// <summary>The values a verdict may take: integer grades min..max (pointwise) or First/Tie/Second (pairwise).</summary>
public sealed record Scale(TaskKind Kind, double Min, double Max)
{
    public static Scale Pairwise { get; } = new(TaskKind.Pairwise, Preference.First, Preference.Second);

    public static Scale Pointwise(int min, int max) => new(TaskKind.Pointwise, min, max);

    /// <summary>`task.scale: binary`: the grades 0 (fail, false, no) and 1 (pass, true, yes).</summary>
    public static Scale Binary { get; } = Pointwise(0, 1);

    /// <summary>A pointwise 0..1 scale, whose verdicts may be written as booleans (true/false, yes/no, pass/fail).</summary>
    public bool IsBinary => Kind == TaskKind.Pointwise && Min == 0 && Max == 1;

    /// <summary>Ordered category values used by the categorical statistics.</summary>
    public IReadOnlyList<double> Categories { get; } = Kind == TaskKind.Pairwise
        ? [Preference.First, Preference.Tie, Preference.Second]
        : Enumerable.Range((int)Min, (int)(Max - Min) + 1).Select(v => (double)v).ToArray();

    public bool Contains(double value) => Kind == TaskKind.Pairwise
        ? value is Preference.First or Preference.Second or Preference.Tie
        : value >= Min && value <= Max && Math.Floor(value) == value;

    /// <summary>
    /// A human label may also fall between grades (a consensus such as the mean of three annotators); pairwise labels
    /// are first, second or tie as ever.
    /// </summary>
    public bool ContainsLabel(double value) => Kind == TaskKind.Pairwise ? Contains(value) : value >= Min && value <= Max;
}
