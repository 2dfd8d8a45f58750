using System.Globalization;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Audit;

/// <summary>Numbers in finding messages: invariant culture, fixed precision, "n/a" for undefined values.</summary>
static class Text
{
    public static string F(double value, int digits = 2) =>
        double.IsFinite(value) ? value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "n/a";

    public static string Ci(Interval ci) => $"95% CI {F(ci.Lower)} to {F(ci.Upper)}";

    public static string P(double p) => p < 0.001 ? "p < 0.001" : $"p = {F(p, 3)}";

    /// <summary>Missing verdicts by reason, most frequent first: "null in source: 40, timeout: 2".</summary>
    public static string Reasons(IReadOnlyDictionary<string, int> missing) =>
        string.Join(", ", missing.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}: {r.Value}"));
}
