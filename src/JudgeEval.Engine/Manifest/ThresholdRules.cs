namespace JudgeEval.Engine.Manifest;

/// <summary>The numeric thresholds with their documented defaults and ranges (docs/manifest.md).</summary>
internal static class ThresholdRules
{
    public const string GateOnLowerBound = "gateOnLowerBound";

    public const string ProductScoreMin = "productScoreMin";

    public static IReadOnlyList<ThresholdRule> All { get; } =
    [
        new("kappaWarn", 0.75, -1, 1, false, t => t.KappaWarn, (t, v) => t with { KappaWarn = v }),
        new("kappaFail", 0.60, -1, 1, false, t => t.KappaFail, (t, v) => t with { KappaFail = v }),
        new("f1Min", 0.85, 0, 1, false, t => t.F1Min, (t, v) => t with { F1Min = v }),
        new("minCalibrationItems", 500, 0, int.MaxValue, true, t => t.MinCalibrationItems, (t, v) => t with { MinCalibrationItems = v }),
        new("maxLabelAgeDays", 92, 0, int.MaxValue, true, t => t.MaxLabelAgeDays, (t, v) => t with { MaxLabelAgeDays = v }),
        new("positionConsistencyMin", 0.90, 0, 1, false, t => t.PositionConsistencyMin, (t, v) => t with { PositionConsistencyMin = v }),
        new("metricSpreadMax", 1.5, 0, double.MaxValue, false, t => t.MetricSpreadMax, (t, v) => t with { MetricSpreadMax = v }),
        new("coverageMin", 0.95, 0, 1, false, t => t.CoverageMin, (t, v) => t with { CoverageMin = v }),
        new(ProductScoreMin, double.NaN, 0, 1, false, t => t.ProductScoreMin, (t, v) => t with { ProductScoreMin = v }),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(r => r.Name), GateOnLowerBound];

    public static ThresholdRule? Find(string name) => All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
