using System.Globalization;

namespace JudgeEval.Engine.Diagnostics;

/// <summary>A count with its noun, singular for one: "1 judge", "2 judges", "1,000 items".</summary>
public static class Plural
{
    public static string Count(int n, string singular, string? plural = null) =>
        n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");
}
