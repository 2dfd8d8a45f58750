namespace JudgeEval.Engine.Tests.Statistics.Agreement;

/// <summary>Turns published tables into the raters[r][item] shape the statistics take.</summary>
internal static class Ratings
{
    /// <summary>Rows of the published table are items, columns raters; null is a missing rating.</summary>
    public static double?[][] ByRater(int?[][] itemsByRater)
    {
        var raters = itemsByRater[0].Length;
        return Enumerable.Range(0, raters)
            .Select(r => itemsByRater.Select(item => (double?)item[r]).ToArray())
            .ToArray();
    }

    /// <summary>
    /// From "how many raters chose each category" per item (Fleiss' layout): rater slot s of item i gets the
    /// category of the s-th rating; items with fewer ratings leave the remaining slots missing.
    /// </summary>
    public static double?[][] FromCounts(int[][] countsByItem, IReadOnlyList<double> categories)
    {
        var slots = countsByItem.Max(c => c.Sum());
        var raters = Enumerable.Range(0, slots).Select(_ => new double?[countsByItem.Length]).ToArray();
        for (var i = 0; i < countsByItem.Length; i++)
        {
            var slot = 0;
            for (var k = 0; k < categories.Count; k++)
            {
                for (var c = 0; c < countsByItem[i][k]; c++)
                {
                    raters[slot++][i] = categories[k];
                }
            }
        }

        return raters;
    }

    /// <summary>Two raters' verdict lists that reproduce a k x k contingency table (rows rater a, columns rater b).</summary>
    public static (double?[] A, double?[] B) FromTable(int[,] table, IReadOnlyList<double> categories)
    {
        var a = new List<double?>();
        var b = new List<double?>();
        for (var i = 0; i < table.GetLength(0); i++)
        {
            for (var j = 0; j < table.GetLength(1); j++)
            {
                for (var c = 0; c < table[i, j]; c++)
                {
                    a.Add(categories[i]);
                    b.Add(categories[j]);
                }
            }
        }

        return ([.. a], [.. b]);
    }

    /// <summary>Both raters' lists, for the multi-rater statistics.</summary>
    public static double?[][] Pair(double?[] a, double?[] b) => [a, b];
}
