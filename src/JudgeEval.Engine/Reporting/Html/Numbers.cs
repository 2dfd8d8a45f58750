using System.Globalization;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Reporting.Html;

/// <summary>Invariant-culture number formatting for display ("—" for undefined) and for sort keys.</summary>
public static class Numbers
{
    public const string Undefined = "—";

    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Fixed(double? value, int digits = 2) =>
        value is { } v && double.IsFinite(v) ? Unsigned0(v.ToString("F" + digits.ToString(Invariant), Invariant)) : Undefined;

    public static string Percent(double? value, int digits = 1) =>
        value is { } v && double.IsFinite(v) ? Unsigned0((v * 100).ToString("F" + digits.ToString(Invariant), Invariant)) + "%" : Undefined;

    public static string Signed(double? value, int digits = 2) =>
        value is { } v && double.IsFinite(v) ? (v > 0 ? "+" : string.Empty) + Fixed(v, digits) : Undefined;

    public static string Count(int value) => value.ToString("N0", Invariant);

    /// <summary>A p-value as the findings write it: "&lt; 0.001" below 0.001, never a rounded "0.000".</summary>
    public static string PValue(double? value) =>
        value is { } p && double.IsFinite(p) && p < 0.001 ? "< 0.001" : Fixed(value, 3);

    public static string Interval(Interval? ci, int digits = 2) =>
        ci is { IsDefined: true } i ? "[" + Fixed(i.Lower, digits) + ", " + Fixed(i.Upper, digits) + "]" : Undefined;

    /// <summary>A sort key for data-v attributes: round-trippable, empty when undefined (sorted last).</summary>
    public static string Key(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", Invariant) : string.Empty;

    /// <summary>SVG coordinates: two decimals are finer than a pixel.</summary>
    public static string Coord(double value) => Math.Round(value, 2).ToString(Invariant);

    /// <summary>A tiny negative value rounds to "-0.00"; a reader sees a sign that means nothing, so it is dropped.</summary>
    static string Unsigned0(string formatted) =>
        formatted.StartsWith('-') && formatted.AsSpan(1).IndexOfAnyExcept("0.") < 0 ? formatted[1..] : formatted;
}
