using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Html.Charts;

/// <summary>
/// One small multiple: every judge's kappa with its 95% interval on the items of one slice value, on a shared axis
/// with the run's reference lines, so panels side by side compare at a glance. The numbers are in the text alternative.
/// </summary>
public static class ForestPanel
{
    const int Width = 260;
    const int Row = 16;
    const int LabelWidth = 78;
    const int Top = 4;

    public static Markup Render(SliceResult slice, Axis axis, double step, IReadOnlyList<Reference> references, Families families, IReadOnlyList<JudgeResult> judges)
    {
        var rows = slice.Judges;
        var height = Top + (rows.Count * Row) + 18;
        var label = slice.Field + " = " + slice.Value + ", " + Numbers.Count(slice.Items) + " items, " + Numbers.Count(slice.Labelled) + " labelled: "
            + string.Join("; ", rows.Select(j => j.Id + " kappa " + Numbers.Fixed(j.Kappa) + " " + Numbers.Interval(j.KappaCi95) + " (n " + Numbers.Count(j.N) + ")"));
        var h = new HtmlBuilder().Append(
            $"<svg class=\"forest\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>");
        var bottom = Top + (rows.Count * Row);
        MiniChart.Grid(h, axis, step, references, Top, bottom);
        foreach (var t in axis.Ticks(step))
        {
            h.Append($"<text x=\"{Numbers.Coord(axis.X(t))}\" y=\"{bottom + 13}\" text-anchor=\"middle\">{Numbers.Fixed(t, 1)}</text>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var judge = rows[i];
            var mid = Top + (i * Row) + (Row / 2.0);
            var family = judges.FirstOrDefault(j => j.Id == judge.Id) is { } result ? Families.NameOf(result) : Families.Unknown;
            h.Append($"<text x=\"{LabelWidth - 6}\" y=\"{Numbers.Coord(mid + 4)}\" text-anchor=\"end\">{Short(judge.Id)}</text>");
            if (judge.KappaCi95.IsDefined)
            {
                h.Append($"<line class=\"ci\" x1=\"{Numbers.Coord(axis.X(judge.KappaCi95.Lower))}\" y1=\"{Numbers.Coord(mid)}\" x2=\"{Numbers.Coord(axis.X(judge.KappaCi95.Upper))}\" y2=\"{Numbers.Coord(mid)}\"/>");
            }

            if (double.IsFinite(judge.Kappa))
            {
                h.Append($"<g class=\"{families.ColourClass(family)}\"><circle class=\"famfill\" cx=\"{Numbers.Coord(axis.X(judge.Kappa))}\" cy=\"{Numbers.Coord(mid)}\" r=\"4\"/></g>");
            }
            else
            {
                h.Append($"<text x=\"{LabelWidth + 4}\" y=\"{Numbers.Coord(mid + 4)}\" class=\"cut\">no κ (n {Numbers.Count(judge.N)})</text>");
            }
        }

        return h.Append($"</svg>").ToMarkup();
    }

    public static Axis AxisOf(double min) => new(min, 1, LabelWidth, Width - 10);

    static string Short(string id) => id.Length <= 11 ? id : id[..10] + "…";
}
