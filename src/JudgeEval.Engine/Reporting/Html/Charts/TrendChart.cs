using System.Globalization;
using System.Text;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Html.Charts;

/// <summary>
/// One judge's kappa across the recorded runs: the 95% interval as a band, the point estimate as a line, runs evenly
/// spaced from oldest to newest, the gates as horizontal reference lines. A run without a kappa breaks the line and band.
/// </summary>
public static class TrendChart
{
    const int Width = 420;
    const int Height = 130;
    const int Left = 34;
    const int Right = 10;
    const int Top = 6;
    const int Bottom = 22;

    public static Markup Render(string judgeId, IReadOnlyList<(HistoryRun Run, HistoryJudge? Judge)> points, IReadOnlyList<Reference> references, string colourClass)
    {
        var lowest = points.Select(p => p.Judge?.KappaCi95.Lower ?? double.NaN).Where(double.IsFinite).DefaultIfEmpty(0).Min();
        var y = new Axis(lowest < -0.2 ? -1 : lowest < 0 ? -0.2 : 0, 1, Height - Bottom, Top);
        var step = y.Min < -0.2 ? 0.5 : 0.2;
        var label = judgeId + ": kappa over " + points.Count.ToString(CultureInfo.InvariantCulture) + " runs, oldest first: "
            + string.Join("; ", points.Select(p => Day(p.Run) + " " + (p.Judge is { } j && double.IsFinite(j.Kappa) ? Numbers.Fixed(j.Kappa) + " " + Numbers.Interval(j.KappaCi95) : "not measured")));
        var h = new HtmlBuilder().Append(
            $"<svg class=\"trend\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{label}\"><title>{judgeId}</title><desc>{label}</desc>");
        foreach (var t in y.Ticks(step))
        {
            var at = Numbers.Coord(y.X(t));
            h.Append($"<line class=\"grid\" x1=\"{Left}\" y1=\"{at}\" x2=\"{Width - Right}\" y2=\"{at}\"/><text x=\"{Left - 4}\" y=\"{Numbers.Coord(y.X(t) + 4)}\" text-anchor=\"end\">{Numbers.Fixed(t, 1)}</text>");
        }

        foreach (var r in references.Where(r => y.Contains(r.Value) && r.Value != 0))
        {
            var at = Numbers.Coord(y.X(r.Value));
            h.Append($"<line class=\"{r.Class}\" x1=\"{Left}\" y1=\"{at}\" x2=\"{Width - Right}\" y2=\"{at}\"/>");
        }

        double X(int i) => points.Count == 1 ? (Left + Width - Right) / 2.0 : Left + (i * (Width - Right - Left) / (double)(points.Count - 1));
        h.Append($"<g class=\"{colourClass}\">");
        foreach (var run in Runs(points))
        {
            var band = new StringBuilder();
            foreach (var i in run)
            {
                band.Append(Numbers.Coord(X(i))).Append(',').Append(Numbers.Coord(y.X(points[i].Judge!.KappaCi95.Upper))).Append(' ');
            }

            foreach (var i in run.AsEnumerable().Reverse())
            {
                band.Append(Numbers.Coord(X(i))).Append(',').Append(Numbers.Coord(y.X(points[i].Judge!.KappaCi95.Lower))).Append(' ');
            }

            var line = string.Join(" ", run.Select(i => Numbers.Coord(X(i)) + "," + Numbers.Coord(y.X(points[i].Judge!.Kappa))));
            h.Append($"<polygon class=\"tband\" points=\"{band.ToString().TrimEnd()}\"/><polyline class=\"tline\" points=\"{line}\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Judge is { } j && double.IsFinite(j.Kappa))
            {
                h.Append($"<circle class=\"tpt\" cx=\"{Numbers.Coord(X(i))}\" cy=\"{Numbers.Coord(y.X(j.Kappa))}\" r=\"2.5\"><title>{Day(points[i].Run)}: {Numbers.Fixed(j.Kappa)} {Numbers.Interval(j.KappaCi95)}</title></circle>");
            }
        }

        h.Append($"</g>");
        h.Append($"<text x=\"{Left}\" y=\"{Height - 6}\">{Day(points[0].Run)}</text>");
        if (points.Count > 1)
        {
            h.Append($"<text x=\"{Width - Right}\" y=\"{Height - 6}\" text-anchor=\"end\">{Day(points[^1].Run)}</text>");
        }

        return h.Append($"</svg>").ToMarkup();
    }

    /// <summary>Runs of consecutive points with a kappa and an interval: each is drawn as one band and one line.</summary>
    static List<List<int>> Runs(IReadOnlyList<(HistoryRun Run, HistoryJudge? Judge)> points)
    {
        var runs = new List<List<int>>();
        var current = new List<int>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Judge is { KappaCi95.IsDefined: true } j && double.IsFinite(j.Kappa))
            {
                current.Add(i);
            }
            else if (current.Count > 0)
            {
                runs.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            runs.Add(current);
        }

        return runs;
    }

    public static string Day(HistoryRun run) => run.Date.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
