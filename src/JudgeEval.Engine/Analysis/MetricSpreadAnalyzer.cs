using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Analysis;

/// <summary>How much a headline metric moves with the choice of judge: max / min over judges with a value.</summary>
public static class MetricSpreadAnalyzer
{
    /// <summary>The spread of the judges' own metrics blocks.</summary>
    public static Dictionary<string, MetricSpread> Analyze(IReadOnlyList<JudgeResult> judges) =>
        Analyze([.. judges.Select(j => (j.Id, (IReadOnlyDictionary<string, double>)(j.Metrics ?? [])))]);

    public static Dictionary<string, MetricSpread> Analyze(IReadOnlyList<(string Judge, IReadOnlyDictionary<string, double> Metrics)> judges)
    {
        var spread = new Dictionary<string, MetricSpread>(StringComparer.Ordinal);
        var names = judges.SelectMany(j => j.Metrics.Keys).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var values = judges
                .Select(j => (j.Judge, Value: j.Metrics.GetValueOrDefault(name, double.NaN)))
                .Where(v => double.IsFinite(v.Value))
                .ToList();
            if (values.Count < 2)
            {
                continue;
            }

            var min = values.MinBy(v => v.Value);
            var max = values.MaxBy(v => v.Value);
            // A ratio against zero is unbounded; report it as undefined rather than infinity.
            var ratio = min.Value > 0 ? max.Value / min.Value : double.NaN;
            spread[name] = new MetricSpread(min.Value, min.Judge, max.Value, max.Judge, ratio);
        }

        return spread;
    }
}
