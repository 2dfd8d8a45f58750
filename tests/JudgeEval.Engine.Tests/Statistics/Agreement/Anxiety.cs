namespace JudgeEval.Engine.Tests.Statistics.Agreement;

/// <summary>R package irr, data set "anxiety": 20 subjects rated 1..6 by three raters (raters 2 and 3 here).</summary>
internal static class Anxiety
{
    public static readonly double?[] Rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];

    public static readonly double?[] Rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];
}
