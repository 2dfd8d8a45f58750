using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads `thresholds:`; unset thresholds keep their defaults and point at the section (or the manifest start).</summary>
internal static class ThresholdReader
{
    public static ThresholdSet Read(Section? s, SourceLocation fallback)
    {
        var at = s?.At ?? fallback;
        var set = Defaults(at);
        if (s is null)
        {
            return set;
        }

        foreach (var rule in ThresholdRules.All)
        {
            var value = rule.WholeNumber
                ? s.Int(rule.Name, (int)rule.Min, (int)Math.Min(rule.Max, int.MaxValue))
                : s.Number(rule.Name, rule.Min, rule.Max);
            if (value is { } v)
            {
                set = rule.Set(set, new Threshold(v, s.ValueAt(rule.Name), IsSet: true));
            }
        }

        if (s.Bool(ThresholdRules.GateOnLowerBound) is { } gate)
        {
            set = set with { GateOnLowerBound = gate, GateOnLowerBoundAt = s.ValueAt(ThresholdRules.GateOnLowerBound) };
        }

        if (set.KappaFail.Value > set.KappaWarn.Value)
        {
            s.Context.Report(ManifestDiagnostics.Suspicious, $"thresholds.kappaFail ({set.KappaFail}) is above kappaWarn ({set.KappaWarn}): the warning band is empty.", set.KappaFail.At);
        }

        return set;
    }

    public static ThresholdSet Defaults(SourceLocation at)
    {
        Threshold Default(string name) => new(ThresholdRules.Find(name)!.Default, at, IsSet: false);
        return new ThresholdSet
        {
            KappaWarn = Default("kappaWarn"),
            KappaFail = Default("kappaFail"),
            F1Min = Default("f1Min"),
            MinCalibrationItems = Default("minCalibrationItems"),
            MaxLabelAgeDays = Default("maxLabelAgeDays"),
            PositionConsistencyMin = Default("positionConsistencyMin"),
            MetricSpreadMax = Default("metricSpreadMax"),
            CoverageMin = Default("coverageMin"),
            GateOnLowerBoundAt = at,
            At = at,
        };
    }
}
