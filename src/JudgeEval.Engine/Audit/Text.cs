using System.Globalization;

namespace JudgeEval.Engine.Audit;

/// <summary>Numbers in finding messages: invariant culture, fixed precision, "n/a" for undefined values.</summary>
static class Text
{
    public static string F(double? value, int digits = 2) =>
        value is { } v && double.IsFinite(v) ? v.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "n/a";

    public static string Ci(double?[] ci) => $"95% CI {F(ci.ElementAtOrDefault(0))} to {F(ci.ElementAtOrDefault(1))}";

    public static string P(double? p) => p is { } v && v < 0.001 ? "p < 0.001" : $"p = {F(p, 3)}";
}
