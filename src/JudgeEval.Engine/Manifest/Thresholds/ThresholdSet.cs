using System.Collections.Immutable;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// The `thresholds:` section: a value for every <see cref="ThresholdTable"/> entry, the documented default where the
/// manifest sets none; MSBuild properties override it (<see cref="ThresholdOverrides"/>).
/// </summary>
public sealed class ThresholdSet
{
    readonly ImmutableDictionary<ThresholdDefinition, Threshold> values;

    ThresholdSet(ImmutableDictionary<ThresholdDefinition, Threshold> values, SourceLocation at) => (this.values, At) = (values, at);

    /// <summary>The `thresholds` key, or the manifest start when the section is absent.</summary>
    public SourceLocation At { get; }

    /// <summary>Every threshold at its default, located at <paramref name="at"/>.</summary>
    public static ThresholdSet Defaults(SourceLocation at) =>
        new(ThresholdTable.All.ToImmutableDictionary(t => t, t => new Threshold(t.Default, at, IsSet: false)), at);

    public Threshold Get(ThresholdDefinition threshold) => values[threshold];

    public double Value(ThresholdDefinition threshold) => values[threshold].Value;

    /// <summary>A flag's state.</summary>
    public bool IsOn(ThresholdDefinition threshold) => values[threshold].Value != 0;

    /// <summary>An optional threshold when it is set; null leaves its gate off.</summary>
    public Threshold? Optional(ThresholdDefinition threshold) => values[threshold] is { } t && !double.IsNaN(t.Value) ? t : null;

    public ThresholdSet With(ThresholdDefinition threshold, Threshold value) => new(values.SetItem(threshold, value), At);
}
