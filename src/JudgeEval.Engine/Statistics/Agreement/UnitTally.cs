namespace JudgeEval.Engine.Statistics.Agreement;

/// <summary>
/// How many raters put one unit (item) in each category, reusing its buffers from unit to unit so a pass over
/// a million items allocates nothing per item. Only categories actually used in the unit are visited.
/// </summary>
internal sealed class UnitTally
{
    readonly IReadOnlyList<double?[]> raters;
    readonly double[] categories;
    readonly int[] counts;
    readonly int[] present;

    public UnitTally(IReadOnlyList<double?[]> raters, IReadOnlyList<double> categories)
    {
        this.raters = raters;
        this.categories = Categories.ToArray(categories);
        counts = new int[this.categories.Length];
        present = new int[Math.Max(1, Math.Min(raters.Count, this.categories.Length))];
        Units = raters.Count == 0 ? 0 : raters[0].Length;
        foreach (var rater in raters)
        {
            ConfusionMatrix.CheckSameLength(Units, rater.Length);
        }
    }

    /// <summary>Units (items) in the data, rated or not.</summary>
    public int Units { get; }

    public int CategoryCount => categories.Length;

    /// <summary>Ratings of the loaded unit (r_i, or m_u in Krippendorff's notation).</summary>
    public int Total { get; private set; }

    /// <summary>Distinct categories used in the loaded unit; their positions are <see cref="Present"/>[0..PresentCount).</summary>
    public int PresentCount { get; private set; }

    public ReadOnlySpan<int> Present => present.AsSpan(0, PresentCount);

    public int Count(int category) => counts[category];

    public void Load(int unit)
    {
        foreach (var c in Present)
        {
            counts[c] = 0;
        }

        PresentCount = 0;
        Total = 0;
        for (var r = 0; r < raters.Count; r++)
        {
            if (raters[r][unit] is { } value)
            {
                var c = Categories.Require(categories, value);
                if (counts[c]++ == 0)
                {
                    present[PresentCount++] = c;
                }

                Total++;
            }
        }
    }
}
