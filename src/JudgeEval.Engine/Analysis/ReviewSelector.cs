using JudgeEval.Engine.Data;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Picks the items most worth human review: those where the judges disagree most (population standard deviation of the
/// valid verdicts; ties broken by item order), and names the outlier judge on each (furthest from the panel median).
/// Only items with at least two valid verdicts qualify.
/// </summary>
public static class ReviewSelector
{
    public static (List<ReviewItem> Items, int Candidates) Select(EvalDataset data, int top)
    {
        var scores = Scores(data);
        var values = new double[scores.Length];
        var scored = new List<(int Index, double Spread)>();
        for (var i = 0; i < data.Items.Count; i++)
        {
            var count = ValidVerdicts(scores, i, values, judges: null);
            if (count >= 2)
            {
                var spread = StandardDeviation(values.AsSpan(0, count));
                if (spread > 0)
                {
                    scored.Add((i, spread));
                }
            }
        }

        var chosen = scored.OrderByDescending(s => s.Spread).ThenBy(s => s.Index).Take(top);
        return ([.. chosen.Select(s => Describe(data, s.Index, s.Spread))], scored.Count);
    }

    /// <summary>For each judge, how often it was the outlier on items where the panel disagreed.</summary>
    public static Dictionary<string, int> OutlierCounts(EvalDataset data)
    {
        var counts = data.Judges.ToDictionary(j => j.JudgeId, _ => 0, StringComparer.Ordinal);
        var buffers = new OutlierBuffers(Scores(data));
        for (var i = 0; i < data.Items.Count; i++)
        {
            if (Outlier(data, i, buffers) is { } id)
            {
                counts[id]++;
            }
        }

        return counts;
    }

    static ReviewItem Describe(EvalDataset data, int i, double spread)
    {
        var item = data.Items[i];
        return new ReviewItem
        {
            ItemId = item.Id,
            Query = item.Query,
            Text = item.Text,
            TextB = item.TextB,
            Model = item.Model,
            ModelB = item.ModelB,
            Human = data.Human[i],
            Verdicts = data.Judges.ToDictionary(j => j.JudgeId, j => j.Scores[i], StringComparer.Ordinal),
            Answers = data.Judges.Where(j => i < j.Raw.Count && j.Raw[i] is not null).ToDictionary(j => j.JudgeId, j => j.Raw[i]!, StringComparer.Ordinal),
            Disagreement = spread,
            Outlier = Outlier(data, i, new OutlierBuffers(Scores(data))),
        };
    }

    /// <summary>The judge furthest from the median of the others' verdicts; none when the panel agrees or is too small.</summary>
    static string? Outlier(EvalDataset data, int i, OutlierBuffers buffers)
    {
        var count = ValidVerdicts(buffers.Scores, i, buffers.Values, buffers.Judges);
        if (count < 3)
        {
            return null;
        }

        buffers.Values.AsSpan(0, count).CopyTo(buffers.Sorted);
        Array.Sort(buffers.Sorted, 0, count);
        var median = MedianOfSorted(buffers.Sorted.AsSpan(0, count));

        // The first judge (in panel order) at the largest distance, and whether another judge is as far.
        var furthest = 0;
        var best = Math.Abs(buffers.Values[0] - median);
        var tied = false;
        for (var v = 1; v < count; v++)
        {
            var distance = Math.Abs(buffers.Values[v] - median);
            if (distance > best)
            {
                (furthest, best, tied) = (v, distance, false);
            }
            else if (distance == best)
            {
                tied = true;
            }
        }

        // No unique outlier when the two furthest are equally far, or nobody departs from the median.
        return best > 0 && !tied ? data.Judges[buffers.Judges[furthest]].JudgeId : null;
    }

    static double?[][] Scores(EvalDataset data) => [.. data.Judges.Select(j => j.Scores)];

    /// <summary>Copies item i's valid verdicts (panel order) into values, and their judges' positions into judges; returns how many.</summary>
    static int ValidVerdicts(double?[][] scores, int i, double[] values, int[]? judges)
    {
        var count = 0;
        for (var j = 0; j < scores.Length; j++)
        {
            if (scores[j][i] is { } value)
            {
                if (judges is not null)
                {
                    judges[count] = j;
                }

                values[count++] = value;
            }
        }

        return count;
    }

    static double StandardDeviation(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / values.Length;
        var squares = 0.0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return Math.Sqrt(squares / values.Length);
    }

    static double MedianOfSorted(ReadOnlySpan<double> sorted)
    {
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Per-item scratch space reused across the million-item loop instead of lists per item.</summary>
    sealed class OutlierBuffers(double?[][] scores)
    {
        public double?[][] Scores { get; } = scores;

        public double[] Values { get; } = new double[scores.Length];

        public double[] Sorted { get; } = new double[scores.Length];

        public int[] Judges { get; } = new int[scores.Length];
    }
}
