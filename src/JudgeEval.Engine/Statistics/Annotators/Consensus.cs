namespace JudgeEval.Engine.Statistics.Annotators;

/// <summary>
/// One item's consensus label from its annotations. Median: the middle value, the mean of the two middle values when
/// the count is even (so it may fall between grades). Mean: the arithmetic mean. Majority: the most frequent value;
/// when several values are equally frequent, the `whenTied` value if given (pairwise: a tie, since the
/// annotators did not agree on a winner), else the median of the tied values.
/// </summary>
public static class Consensus
{
    public static double Of(IReadOnlyList<double> values, ConsensusMethod method, double? whenTied = null)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        return method switch
        {
            ConsensusMethod.Mean => values.Average(),
            ConsensusMethod.Majority => Majority(values, whenTied),
            _ => Median(values),
        };
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static double Majority(IReadOnlyList<double> values, double? whenTied)
    {
        var counts = values.GroupBy(v => v).Select(g => (Value: g.Key, Count: g.Count())).ToList();
        var top = counts.Max(c => c.Count);
        var modes = counts.Where(c => c.Count == top).Select(c => c.Value).ToList();
        return modes.Count == 1 ? modes[0] : whenTied ?? Median(modes);
    }
}
