using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Reporting.Html.Charts;

/// <summary>
/// Row-sized inline SVG charts that sit in a table cell, so they move with the row when the table is sorted:
/// an estimate with its interval (a forest-plot row), and the axis drawn once in the column header.
/// Every chart carries its numbers as a text alternative.
/// </summary>
public static class MiniChart
{
    public const int Width = 240;
    public const int Height = 22;
    const double Mid = Height / 2.0;

    public static Axis AxisOf(double min, double max, int width = Width) => new(min, max, 8, width - 8);

    /// <summary>A point with an optional interval, grid lines every <paramref name="step"/> and emphasised reference values.</summary>
    public static Markup Interval(Axis axis, double? point, Interval ci, double step, IReadOnlyList<Reference> references, string label)
    {
        var h = Open(axis, label, Height);
        Grid(h, axis, step, references, 2, Height - 2);
        if (ci.IsDefined)
        {
            var (x1, x2) = (Numbers.Coord(axis.X(ci.Lower)), Numbers.Coord(axis.X(ci.Upper)));
            h.Append($"<line class=\"ci\" x1=\"{x1}\" y1=\"{Numbers.Coord(Mid)}\" x2=\"{x2}\" y2=\"{Numbers.Coord(Mid)}\"/>");
            h.Append($"<line class=\"ci\" x1=\"{x1}\" y1=\"{Numbers.Coord(Mid - 3)}\" x2=\"{x1}\" y2=\"{Numbers.Coord(Mid + 3)}\"/>");
            h.Append($"<line class=\"ci\" x1=\"{x2}\" y1=\"{Numbers.Coord(Mid - 3)}\" x2=\"{x2}\" y2=\"{Numbers.Coord(Mid + 3)}\"/>");
        }

        if (point is { } p && double.IsFinite(p))
        {
            h.Append($"<circle class=\"pt\" cx=\"{Numbers.Coord(axis.X(p))}\" cy=\"{Numbers.Coord(Mid)}\" r=\"4.5\"/>");
            if (!axis.Contains(p))
            {
                h.Append($"<text x=\"{Numbers.Coord(p < axis.Min ? 0 : axis.Right)}\" y=\"9\">{(p < axis.Min ? "◂" : "▸")}</text>");
            }
        }

        return Close(h);
    }

    /// <summary>A bar from the axis minimum to the value.</summary>
    public static Markup Bar(Axis axis, double? value, double step, IReadOnlyList<Reference> references, string label)
    {
        var h = Open(axis, label, Height);
        Grid(h, axis, step, references, 2, Height - 2);
        if (value is { } v && double.IsFinite(v))
        {
            var x0 = axis.X(axis.Min);
            h.Append($"<rect class=\"bar\" x=\"{Numbers.Coord(x0)}\" y=\"{Numbers.Coord(Mid - 5)}\" width=\"{Numbers.Coord(Math.Max(1, axis.X(v) - x0))}\" height=\"10\"/>");
        }

        return Close(h);
    }

    /// <summary>The tick labels for a column of mini charts, drawn once in the header.</summary>
    public static Markup AxisHeader(Axis axis, double step, Func<double, string> format, string label)
    {
        var h = Open(axis, label, 16);
        h.Append($"<line class=\"axis\" x1=\"{Numbers.Coord(axis.Left)}\" y1=\"15\" x2=\"{Numbers.Coord(axis.Right)}\" y2=\"15\"/>");
        foreach (var t in axis.Ticks(step))
        {
            h.Append($"<text x=\"{Numbers.Coord(axis.X(t))}\" y=\"11\" text-anchor=\"middle\">{format(t)}</text>");
        }

        return Close(h);
    }

    static HtmlBuilder Open(Axis axis, string label, int height)
    {
        var width = (int)Math.Round(axis.Right + axis.Left);
        return new HtmlBuilder().Append(
            $"<svg class=\"mini\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>");
    }

    static Markup Close(HtmlBuilder h) => h.Append($"</svg>").ToMarkup();

    /// <summary>Grid lines every step and the reference lines, from top to bottom; shared with the forest panels.</summary>
    internal static void Grid(HtmlBuilder h, Axis axis, double step, IReadOnlyList<Reference> references, double top, double bottom)
    {
        foreach (var t in axis.Ticks(step))
        {
            var x = Numbers.Coord(axis.X(t));
            h.Append($"<line class=\"grid\" x1=\"{x}\" y1=\"{Numbers.Coord(top)}\" x2=\"{x}\" y2=\"{Numbers.Coord(bottom)}\"/>");
        }

        foreach (var r in references.Where(r => axis.Contains(r.Value)))
        {
            var x = Numbers.Coord(axis.X(r.Value));
            h.Append($"<line class=\"{r.Class}\" x1=\"{x}\" y1=\"{Numbers.Coord(top)}\" x2=\"{x}\" y2=\"{Numbers.Coord(bottom)}\"/>");
        }
    }
}
