using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Html.Charts;

/// <summary>One retrieval metric across judges: a horizontal bar per judge in its family colour, the lowest and highest marked.</summary>
public static class MetricChart
{
    const int Width = 380;
    const int Row = 18;
    const int LabelWidth = 96;
    const int Top = 4;

    public static Markup Render(string metric, IReadOnlyList<(JudgeResult Judge, double Value)> rows, MetricSpread? spread, double max, Families families)
    {
        var height = Top + (rows.Count * Row) + 22;
        var axis = new Axis(0, max, LabelWidth, Width - 46);
        var label = metric + " by judge: " + string.Join(", ", rows.Select(r => r.Judge.Id + " " + Numbers.Fixed(r.Value, 3)))
            + (spread is null ? string.Empty : "; spread " + Numbers.Fixed(spread.Min, 3) + " (" + spread.MinJudge + ") to " + Numbers.Fixed(spread.Max, 3) + " (" + spread.MaxJudge + "), ratio " + Numbers.Fixed(spread.Ratio, 2) + "x");
        var h = new HtmlBuilder().Append(
            $"<svg class=\"metric\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{label}\"><title>{metric}</title><desc>{label}</desc>");
        var step = max <= 1 ? 0.25 : max <= 4 ? 0.5 : Math.Ceiling(max / 4);
        var bottom = Top + (rows.Count * Row);
        foreach (var t in axis.Ticks(step))
        {
            var x = Numbers.Coord(axis.X(t));
            h.Append($"<line class=\"grid\" x1=\"{x}\" y1=\"{Top}\" x2=\"{x}\" y2=\"{bottom}\"/><text x=\"{x}\" y=\"{bottom + 14}\" text-anchor=\"middle\">{Numbers.Fixed(t, step < 1 ? 2 : 0)}</text>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (judge, value) = rows[i];
            var y = Top + (i * Row);
            h.Append($"<text x=\"{LabelWidth - 6}\" y=\"{y + 13}\" text-anchor=\"end\">{Short(judge.Id)}</text>");
            if (value is { } v && double.IsFinite(v))
            {
                var extreme = spread is null ? string.Empty
                    : string.Equals(judge.Id, spread.MaxJudge, StringComparison.Ordinal) ? " max"
                    : string.Equals(judge.Id, spread.MinJudge, StringComparison.Ordinal) ? " min" : string.Empty;
                h.Append($"<g class=\"{families.ColourClass(Families.NameOf(judge))}\"><rect class=\"famfill\" x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{Numbers.Coord(Math.Max(1, axis.X(v) - LabelWidth))}\" height=\"{Row - 6}\"/></g>");
                h.Append($"<text x=\"{Numbers.Coord(axis.X(v) + 4)}\" y=\"{y + 13}\">{Numbers.Fixed(v, 3)}{extreme}</text>");
            }
            else
            {
                h.Append($"<text x=\"{LabelWidth + 4}\" y=\"{y + 13}\" class=\"cut\">no value</text>");
            }
        }

        return h.Append($"</svg>").ToMarkup();
    }

    static string Short(string id) => id.Length <= 14 ? id : id[..13] + "…";
}
