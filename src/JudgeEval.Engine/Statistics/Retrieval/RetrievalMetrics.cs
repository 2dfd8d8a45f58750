namespace JudgeEval.Engine.Statistics.Retrieval;

/// <summary>
/// Ranked-list metrics of one query from grades by rank (index 0 = rank 1). A null grade is an unjudged or failed
/// judgment: it earns no gain and never passes, the trec_eval convention for unjudged documents (and the one the
/// published rag-eval within-corpus results follow).
/// </summary>
public static class RetrievalMetrics
{
    /// <summary>
    /// nDCG@k with log2(rank + 1) discount. The ideal ranking is <paramref name="idealGrades"/> sorted descending
    /// when given (e.g. every judged document of the query), else the judged list itself re-sorted.
    /// NaN when the ideal DCG is 0 or k is below 1.
    /// </summary>
    public static double Ndcg(IReadOnlyList<double?> gradesByRank, int k, IReadOnlyList<double>? idealGrades = null) =>
        Ndcg(gradesByRank, k, idealGrades, NdcgGain.Exponential);

    public static double Ndcg(IReadOnlyList<double?> gradesByRank, int k, IReadOnlyList<double>? idealGrades, NdcgGain gain)
    {
        ArgumentNullException.ThrowIfNull(gradesByRank);
        if (k < 1)
        {
            return double.NaN;
        }

        var ideal = (idealGrades ?? gradesByRank.Select(g => g ?? 0)).OrderByDescending(g => g).ToArray();
        var idealDcg = Dcg(ideal.Select(g => (double?)g).ToArray(), k, gain);
        return idealDcg > 0 ? Dcg(gradesByRank, k, gain) / idealDcg : double.NaN;
    }

    public static double Dcg(IReadOnlyList<double?> gradesByRank, int k, NdcgGain gain = NdcgGain.Exponential)
    {
        ArgumentNullException.ThrowIfNull(gradesByRank);
        var dcg = 0.0;
        var depth = Math.Min(k, gradesByRank.Count);
        for (var i = 0; i < depth; i++)
        {
            var grade = gradesByRank[i] ?? 0;
            var value = gain == NdcgGain.Exponential ? Math.Pow(2, grade) - 1 : grade;
            dcg += value / Math.Log2(i + 2);
        }

        return dcg;
    }

    /// <summary>Share of the top k ranks whose grade is at least the threshold; the divisor is k even when the list is shorter.</summary>
    public static double PrecisionAt(IReadOnlyList<double?> gradesByRank, int k, double passThreshold)
    {
        ArgumentNullException.ThrowIfNull(gradesByRank);
        if (k < 1)
        {
            return double.NaN;
        }

        var passed = gradesByRank.Take(k).Count(g => g >= passThreshold);
        return (double)passed / k;
    }

    /// <summary>1 / rank of the first grade at least the threshold; 0 when none passes (a defined value: nothing was found).</summary>
    public static double ReciprocalRank(IReadOnlyList<double?> gradesByRank, double passThreshold)
    {
        ArgumentNullException.ThrowIfNull(gradesByRank);
        for (var i = 0; i < gradesByRank.Count; i++)
        {
            if (gradesByRank[i] >= passThreshold)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>
    /// Means over queries of one judge, keyed "ndcg@K", "p@P", "mrr" and "meanScore" (the mean grade of every
    /// retrieved rank with unjudged as 0, as published; queries with an empty list are left out), plus "meanJudgedScore" (mean over judged ranks only) and
    /// "judgedShare". Every value is NaN when there is no query.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Summarize(
        IReadOnlyList<IReadOnlyList<double?>> queries,
        int k,
        int precisionAt,
        double passThreshold,
        IReadOnlyList<IReadOnlyList<double>>? idealPerQuery = null,
        UndefinedNdcg undefinedNdcg = UndefinedNdcg.CountAsZero)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (idealPerQuery is not null && idealPerQuery.Count != queries.Count)
        {
            throw new ArgumentException("Give one ideal grade list per query.", nameof(idealPerQuery));
        }

        var ndcg = new List<double>(queries.Count);
        double precision = 0, reciprocal = 0, scorePerQuery = 0, judgedSum = 0;
        long judged = 0, ranks = 0;
        var listed = 0;
        for (var q = 0; q < queries.Count; q++)
        {
            var grades = queries[q];
            var value = Ndcg(grades, k, idealPerQuery?[q]);
            if (!double.IsNaN(value) || undefinedNdcg == UndefinedNdcg.CountAsZero)
            {
                ndcg.Add(double.IsNaN(value) ? 0 : value);
            }

            precision += PrecisionAt(grades, precisionAt, passThreshold);
            reciprocal += ReciprocalRank(grades, passThreshold);
            if (grades.Count > 0)
            {
                scorePerQuery += grades.Sum(g => g ?? 0) / grades.Count;
                listed++;
            }

            foreach (var grade in grades)
            {
                ranks++;
                if (grade.HasValue)
                {
                    judged++;
                    judgedSum += grade.Value;
                }
            }
        }

        var count = queries.Count;
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [FormattableString.Invariant($"ndcg@{k}")] = ndcg.Count == 0 ? double.NaN : ndcg.Average(),
            [FormattableString.Invariant($"p@{precisionAt}")] = count == 0 ? double.NaN : precision / count,
            ["mrr"] = count == 0 ? double.NaN : reciprocal / count,
            ["meanScore"] = listed == 0 ? double.NaN : scorePerQuery / listed,
            ["meanJudgedScore"] = judged == 0 ? double.NaN : judgedSum / judged,
            ["judgedShare"] = ranks == 0 ? double.NaN : (double)judged / ranks,
        };
    }
}
