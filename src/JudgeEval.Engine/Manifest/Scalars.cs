using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// Typed reads of single values, YAML 1.2 core schema style: numbers and booleans are unquoted plain scalars;
/// `null`, `~` and an empty value are null. A wrong shape is JE0008, a value out of range JE0009.
/// </summary>
internal static class Scalars
{
    static readonly string[] NullWords = ["", "~", "null", "Null", "NULL"];

    public static bool IsNull(YamlNode? node) =>
        node is null || (node is YamlScalarNode { Style: ScalarStyle.Plain } s && NullWords.Contains(s.Value ?? string.Empty, StringComparer.Ordinal));

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Style: ScalarStyle.Plain } s when IsNumber(s.Value) => $"the number {s.Value}",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an unsupported node",
    };

    public static YamlScalarNode? Scalar(ManifestContext cx, YamlNode node, string where, string expected)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar;
        }

        cx.Report(ManifestDiagnostics.WrongType, $"{where} must be {expected}, not {Describe(node)}.", node);
        return null;
    }

    public static string? Text(ManifestContext cx, YamlNode node, string where)
    {
        var scalar = Scalar(cx, node, where, "text");
        if (scalar is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            cx.Report(ManifestDiagnostics.BadValue, $"{where} must not be empty.", node);
            return null;
        }

        return scalar.Value;
    }

    public static long? WholeNumber(ManifestContext cx, YamlNode node, string where, long min, long max)
    {
        var scalar = Scalar(cx, node, where, "a whole number");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Style != ScalarStyle.Plain || !long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            cx.Report(ManifestDiagnostics.WrongType, $"{where} must be a whole number (unquoted), not {Describe(node)}.", node);
            return null;
        }

        return InRange(cx, node, where, value, min, max) ? value : null;
    }

    public static int? Int(ManifestContext cx, YamlNode node, string where, int min = int.MinValue, int max = int.MaxValue) =>
        (int?)WholeNumber(cx, node, where, min, max);

    public static double? Number(ManifestContext cx, YamlNode node, string where, double min = double.MinValue, double max = double.MaxValue)
    {
        var scalar = Scalar(cx, node, where, "a number");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Style != ScalarStyle.Plain || !TryNumber(scalar.Value, out var value))
        {
            cx.Report(ManifestDiagnostics.WrongType, $"{where} must be a number (unquoted, with a '.' for decimals), not {Describe(node)}.", node);
            return null;
        }

        return InRange(cx, node, where, value, min, max) ? value : null;
    }

    public static bool? Bool(ManifestContext cx, YamlNode node, string where)
    {
        var scalar = Scalar(cx, node, where, "true or false");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Style == ScalarStyle.Plain && TryBool(scalar.Value, out var value))
        {
            return value;
        }

        cx.Report(ManifestDiagnostics.WrongType, $"{where} must be true or false (unquoted), not {Describe(node)}.", node);
        return null;
    }

    public static DateOnly? Date(ManifestContext cx, YamlNode node, string where)
    {
        var scalar = Scalar(cx, node, where, "a date (yyyy-MM-dd)");
        if (scalar is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        cx.Report(ManifestDiagnostics.BadValue, $"{where} must be a date written yyyy-MM-dd, not {Describe(node)}.", node);
        return null;
    }

    /// <summary>One of the enum's members, written in lower camelCase (e.g. `quadratic`, `midpoint`).</summary>
    public static T? Choice<T>(ManifestContext cx, YamlNode node, string where)
        where T : struct, Enum
    {
        var scalar = Scalar(cx, node, where, "one of " + string.Join(", ", ChoiceNames<T>()));
        if (scalar is null)
        {
            return null;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Name(value), scalar.Value, StringComparison.Ordinal))
            {
                return value;
            }
        }

        cx.Report(ManifestDiagnostics.BadValue, $"{where}: '{scalar.Value}' is not allowed.{Suggestions.Hint(scalar.Value ?? string.Empty, ChoiceNames<T>())}", node);
        return null;
    }

    public static IReadOnlyList<string> ChoiceNames<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => Name(v))];

    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name[1..]);
    }

    public static bool TryNumber(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryBool(string? text, out bool value)
    {
        value = text is "true" or "True" or "TRUE";
        return value || text is "false" or "False" or "FALSE";
    }

    static bool IsNumber(string? text) => TryNumber(text, out _);

    static bool InRange(ManifestContext cx, YamlNode node, string where, double value, double min, double max)
    {
        if (value >= min && value <= max)
        {
            return true;
        }

        var range = (min, max) switch
        {
            (double.MinValue or long.MinValue or int.MinValue, _) => $"at most {Show(max)}",
            (_, double.MaxValue or long.MaxValue or int.MaxValue) => $"at least {Show(min)}",
            _ => $"from {Show(min)} to {Show(max)}",
        };
        cx.Report(ManifestDiagnostics.BadValue, $"{where} must be {range}, not {Show(value)}.", node);
        return false;
    }

    static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
