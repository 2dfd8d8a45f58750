namespace JudgeEval.Engine.Statistics.Significance;

/// <summary>
/// The Benjamini-Yekutieli step-up procedure (2001), which controls the false discovery rate at <c>q</c> under any
/// dependence between the tests: sort the m p-values, find the largest rank i with p_(i) &lt;= i / m * q / H_m
/// (H_m = 1 + 1/2 + ... + 1/m) and reject the hypotheses of ranks 1..i. A NaN p-value is never rejected.
/// </summary>
public static class BenjaminiYekutieli
{
    public static bool[] Rejected(IReadOnlyList<double> pValues, double q)
    {
        var m = pValues.Count;
        var rejected = new bool[m];
        if (m == 0)
        {
            return rejected;
        }

        var harmonic = 0.0;
        for (var i = 1; i <= m; i++)
        {
            harmonic += 1.0 / i;
        }

        var order = Enumerable.Range(0, m).Where(i => !double.IsNaN(pValues[i])).OrderBy(i => pValues[i]).ToArray();
        var last = -1;
        for (var rank = 0; rank < order.Length; rank++)
        {
            if (pValues[order[rank]] <= (rank + 1.0) / m * (q / harmonic))
            {
                last = rank;
            }
        }

        for (var rank = 0; rank <= last; rank++)
        {
            rejected[order[rank]] = true;
        }

        return rejected;
    }
}
