using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads `thresholds:`; unset thresholds keep their defaults and point at the section (or the manifest start).</summary>
internal static class ThresholdReader
{
    public static ThresholdSet Read(Section? s, SourceLocation fallback)
    {
        var set = ThresholdSet.Defaults(s?.At ?? fallback);
        if (s is null)
        {
            return set;
        }

        foreach (var threshold in ThresholdTable.All)
        {
            if (Read(s, threshold) is { } value)
            {
                set = set.With(threshold, new Threshold(value, s.ValueAt(threshold.Name), IsSet: true));
            }
        }

        if (set.Value(ThresholdTable.KappaFail) > set.Value(ThresholdTable.KappaWarn))
        {
            s.Context.Report(
                ManifestDiagnostics.Suspicious,
                $"thresholds.kappaFail ({set.Get(ThresholdTable.KappaFail)}) is above kappaWarn ({set.Get(ThresholdTable.KappaWarn)}): the warning band is empty.",
                set.Get(ThresholdTable.KappaFail).At);
        }

        return set;
    }

    static double? Read(Section s, ThresholdDefinition threshold) => threshold.Kind switch
    {
        ThresholdKind.Flag => s.Bool(threshold.Name) is { } on ? (on ? 1 : 0) : null,
        ThresholdKind.WholeNumber => s.Int(threshold.Name, (int)threshold.Min, (int)Math.Min(threshold.Max, int.MaxValue)),
        _ => s.Number(threshold.Name, threshold.Min, threshold.Max),
    };
}
