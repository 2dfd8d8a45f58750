namespace JudgeEval.Engine.Tests.Statistics.Agreement;

/// <summary>Published multi-rater data sets, in raters[r][item] shape.</summary>
internal static class PublishedRatings
{
    public static readonly double[] OneToFive = [1, 2, 3, 4, 5];

    /// <summary>
    /// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), 4 observers x 12 units with missing values;
    /// the same data is irrCAC's cac.raw4raters (Gwet).
    /// </summary>
    public static double?[][] Krippendorff4x12 =>
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];

    /// <summary>
    /// Fleiss (1971) Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses; rows are patients. Transcribed from
    /// R irr's "diagnoses" as printed in statsmodels' test_inter_rater.py.
    /// </summary>
    public static double?[][] Fleiss1971 => Ratings.ByRater(
    [
        [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
        [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
        [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
        [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
        [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
        [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
    ]);

    /// <summary>Wikipedia "Fleiss' kappa" worked example: 10 subjects, 14 raters, counts per category 1..5.</summary>
    public static double?[][] WikipediaFleiss => Ratings.FromCounts(
    [
        [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ], OneToFive);

    /// <summary>irrCAC vignette cont3x3abstractors (Gwet): two abstractors, three categories.</summary>
    public static double?[][] Abstractors
    {
        get
        {
            var (a, b) = Ratings.FromTable(new[,] { { 13, 0, 0 }, { 0, 20, 7 }, { 0, 4, 56 } }, [1.0, 2, 3]);
            return Ratings.Pair(a, b);
        }
    }
}
