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
            var name = Normalize(rawName);
            var value = rawValue?.Trim() ?? string.Empty;
            if (value.Length == 0)
            {
                continue;
            }

            if (string.Equals(name, ThresholdRules.GateOnLowerBound, StringComparison.OrdinalIgnoreCase))
            {
                if (Scalars.TryBool(value, out var gate) || bool.TryParse(value, out gate))
                {
                    set = set with { GateOnLowerBound = gate };
                }
                else
                {
                    diagnostics.Add(ManifestDiagnostics.BadOverride.Create($"Threshold override {rawName}='{value}': expected true or false.", set.GateOnLowerBoundAt));
                }

                continue;
            }

            var rule = ThresholdRules.Find(name);
            if (rule is null)
            {
                diagnostics.Add(ManifestDiagnostics.UnknownOverride.Create(
                    $"Threshold override '{rawName}' names no threshold.{Suggestions.Hint(name, ThresholdRules.Names, "Thresholds")}", set.At));
                continue;
            }

            var current = rule.Get(set);
            var at = current?.At ?? set.At;
            if (!Scalars.TryNumber(value, out var number) || number < rule.Min || number > rule.Max || (rule.WholeNumber && Math.Floor(number) != number))
            {
                var kind = rule.WholeNumber ? "a whole number" : "a number";
                diagnostics.Add(ManifestDiagnostics.BadOverride.Create(
                    $"Threshold override {rawName}='{value}': expected {kind} from {Show(rule.Min)} to {Show(rule.Max)} (invariant culture, '.' for decimals).", at));
                continue;
            }

            set = rule.Set(set, new Threshold(number, at, IsSet: true));
        }

        return (manifest with { Thresholds = set }, diagnostics);
    }

    static string Normalize(string name)
    {
        var trimmed = name.Trim();
        return trimmed.StartsWith(PropertyPrefix, StringComparison.OrdinalIgnoreCase) && ThresholdRules.Find(trimmed) is null
            ? trimmed[PropertyPrefix.Length..]
            : trimmed;
    }

    static string Show(double value) => value == double.MaxValue || value == int.MaxValue ? "any" : value.ToString(CultureInfo.InvariantCulture);
}
