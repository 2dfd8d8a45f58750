namespace JudgeEval.Engine.Reporting.Html.Charts;

/// <summary>A vertical reference line on a mini chart; <see cref="Class"/> is a fixed CSS class (a gate's failing or warning value, or a plain mark).</summary>
public readonly record struct Reference(double Value, string Class)
{
    public static Reference Plain(double value) => new(value, "ref");

    public static Reference Fail(double value) => new(value, "ref fail");

    public static Reference Warn(double value) => new(value, "ref warn");

    /// <summary>The humans' own agreement, the ceiling a judge's agreement with them is read against.</summary>
    public static Reference Ceiling(double value) => new(value, "ref ceiling");
}
