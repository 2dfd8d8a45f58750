using System.Globalization;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// One threshold's fixed facts: its manifest name, default (NaN: optional and off until set; flags 0 or 1), range, and
/// whether results.json records it. Everything else (the MSBuild property, the docs rows) derives from these.
/// </summary>
public sealed record ThresholdDefinition(string Name, ThresholdKind Kind, double Default, double Min, double Max, string Meaning)
{
    /// <summary>Recorded thresholds are the gate lines readers of results.json and the report see.</summary>
    public bool Recorded { get; init; } = true;

    /// <summary>The MSBuild property that overrides it: JudgeEval + the name in PascalCase.</summary>
    public string PropertyName => "JudgeEval" + char.ToUpperInvariant(Name[0]) + Name[1..];

    public bool IsOptional => double.IsNaN(Default);

    public string ShowDefault() => Kind == ThresholdKind.Flag ? (Default != 0 ? "true" : "false")
        : IsOptional ? "unset"
        : Default.ToString(CultureInfo.InvariantCulture);

    public string ShowRange() => Kind == ThresholdKind.Flag ? "true, false"
        : Max >= int.MaxValue ? "≥ " + Show(Min)
        : Show(Min) + " to " + Show(Max);

    static string Show(double value) => value < 0 ? "−" + (-value).ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
}
