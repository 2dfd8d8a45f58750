using System.Globalization;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// Applies threshold overrides (MSBuild JudgeEval&lt;Name&gt; properties, --threshold name=value) on top of the
/// manifest's values. Names are the manifest's, case-insensitive, optionally prefixed with "JudgeEval"; an empty
/// value means "not overridden". Overridden thresholds keep pointing at their manifest node.
/// </summary>
public static class ThresholdOverrides
{
    const string PropertyPrefix = "JudgeEval";

    public static (EvalManifest Manifest, IReadOnlyList<Diagnostic> Diagnostics) Apply(EvalManifest manifest, IReadOnlyList<KeyValuePair<string, string>> overrides)
    {
        var diagnostics = new List<Diagnostic>();
        var set = manifest.Thresholds;
        foreach (var (rawName, rawValue) in overrides)
        {
            var value = rawValue?.Trim() ?? string.Empty;
            if (value.Length == 0)
            {
                continue;
            }

            var name = Normalize(rawName);
            if (ThresholdTable.Find(name) is not { } threshold)
            {
                diagnostics.Add(ManifestDiagnostics.UnknownOverride.Create(
                    $"Threshold override '{rawName}' names no threshold.{Suggestions.Hint(name, ThresholdTable.Names, "Thresholds")}", set.At));
                continue;
            }

            var at = set.Get(threshold).At;
            if (Parse(threshold, value) is { } number)
            {
                set = set.With(threshold, new Threshold(number, at, IsSet: true));
            }
            else
            {
                diagnostics.Add(ManifestDiagnostics.BadOverride.Create($"Threshold override {rawName}='{value}': expected {Expected(threshold)}.", at));
            }
        }

        return (manifest with { Thresholds = set }, diagnostics);
    }

    static double? Parse(ThresholdDefinition threshold, string value)
    {
        if (threshold.Kind == ThresholdKind.Flag)
        {
            return Scalars.TryBool(value, out var on) || bool.TryParse(value, out on) ? (on ? 1 : 0) : null;
        }

        return Scalars.TryNumber(value, out var number) && number >= threshold.Min && number <= threshold.Max
            && (threshold.Kind != ThresholdKind.WholeNumber || Math.Floor(number) == number)
            ? number
            : null;
    }

    static string Expected(ThresholdDefinition threshold) => threshold.Kind == ThresholdKind.Flag
        ? "true or false"
        : $"{(threshold.Kind == ThresholdKind.WholeNumber ? "a whole number" : "a number")} from {Show(threshold.Min)} to {Show(threshold.Max)} (invariant culture, '.' for decimals)";

    static string Normalize(string name)
    {
        var trimmed = name.Trim();
        return trimmed.StartsWith(PropertyPrefix, StringComparison.OrdinalIgnoreCase) && ThresholdTable.Find(trimmed) is null
            ? trimmed[PropertyPrefix.Length..]
            : trimmed;
    }

    static string Show(double value) => value == double.MaxValue || value == int.MaxValue ? "any" : value.ToString(CultureInfo.InvariantCulture);
}
