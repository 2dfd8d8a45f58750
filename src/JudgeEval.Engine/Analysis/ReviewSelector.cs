using JudgeEval.Engine.Data;
using JudgeEval.Engine.Reporting.Results;

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
        var scored = new List<(int Index, double Spread)>();
        for (var i = 0; i < data.Items.Count; i++)
        {
            var values = ValidVerdicts(data, i);
            if (values.Count >= 2)
            {
                var spread = StandardDeviation(values);
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
        for (var i = 0; i < data.Items.Count; i++)
        {
            if (Outlier(data, i) is { } id)
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
            Disagreement = spread,
            Outlier = Outlier(data, i),
        };
    }

    /// <summary>The judge furthest from the median of the others' verdicts; none when the panel agrees or is too small.</summary>
    static string? Outlier(EvalDataset data, int i)
    {
        var valid = data.Judges.Where(j => j.Scores[i].HasValue).Select(j => (j.JudgeId, Value: j.Scores[i]!.Value)).ToList();
        if (valid.Count < 3)
        {
            return null;
        }

        var median = Median(valid.Select(v => v.Value));
        var distances = valid.Select(v => (v.JudgeId, Distance: Math.Abs(v.Value - median))).OrderByDescending(v => v.Distance).ToList();
        // No unique outlier when the two furthest are equally far, or nobody departs from the median.
        return distances[0].Distance > 0 && distances[0].Distance > distances[1].Distance ? distances[0].JudgeId : null;
    }

    static List<double> ValidVerdicts(EvalDataset data, int i) =>
        [.. data.Judges.Where(j => j.Scores[i].HasValue).Select(j => j.Scores[i]!.Value)];

    static double StandardDeviation(List<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
