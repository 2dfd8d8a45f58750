namespace JudgeEval.Engine.Reporting.Html.Charts;

/// <summary>
/// A row-sized stacked bar of shares that sum to 1 (e.g. how the human labels spread over the categories): one segment
/// per share, alternately shaded, each labelled in its title and the whole in the chart's text alternative.
/// </summary>
public static class ShareBar
{
    const int Height = MiniChart.Height;

    public static Markup Draw(IReadOnlyList<double> shares, IReadOnlyList<string> names, int width, string label)
    {
        var h = new HtmlBuilder().Append(
            $"<svg class=\"mini\" width=\"{width}\" height=\"{Height}\" viewBox=\"0 0 {width} {Height}\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>");
        var x = 0.0;
        for (var k = 0; k < shares.Count; k++)
        {
            if (!(shares[k] > 0))
            {
                continue;
            }

            var w = shares[k] * width;
            var opacity = k % 2 == 0 ? "1" : "0.45";
            h.Append($"<rect class=\"bar\" x=\"{Numbers.Coord(x)}\" y=\"5\" width=\"{Numbers.Coord(w)}\" height=\"12\" fill-opacity=\"{opacity}\"><title>{names[k]}: {Numbers.Percent(shares[k])}</title></rect>");
            if (w >= 22)
            {
                h.Append($"<text x=\"{Numbers.Coord(x + (w / 2))}\" y=\"15\" text-anchor=\"middle\">{names[k]}</text>");
            }

            x += w;
        }

        return h.Append($"</svg>").ToMarkup();
    }
}
