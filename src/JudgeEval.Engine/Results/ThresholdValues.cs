using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Results;

/// <summary>
/// The gate values the run applied (manifest thresholds after overrides), so readers of results.json and the report
/// see the lines: the recorded entries of <see cref="ThresholdTable"/> in its order; NaN for an optional gate left unset.
/// </summary>
public sealed record ThresholdValues(IReadOnlyList<ThresholdValue> Values)
{
    public static ThresholdValues Of(ThresholdSet set) =>
        new([.. ThresholdTable.All.Where(t => t.Recorded).Select(t => new ThresholdValue(t.Name, set.Value(t), t.Kind == ThresholdKind.Flag))]);

    /// <summary>The value; NaN when it is unset or was not recorded.</summary>
    public double Value(ThresholdDefinition threshold) =>
        Values.FirstOrDefault(v => string.Equals(v.Name, threshold.Name, StringComparison.Ordinal))?.Value ?? double.NaN;

    public bool IsOn(ThresholdDefinition threshold) => Value(threshold) is var v && !double.IsNaN(v) && v != 0;
}

/// <summary>One recorded threshold; a flag's value is 1 (on) or 0 (off).</summary>
public sealed record ThresholdValue(string Name, double Value, bool IsFlag);
