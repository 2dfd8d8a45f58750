namespace JudgeEval.Engine.Reporting.Html;

/// <summary>Table cell helpers shared by the sections: numbers right-aligned with a sort key, judges with their family chip.</summary>
public static class Cells
{
    public static void Num(HtmlBuilder h, double? value, string shown) =>
        h.Append($"<td class=\"num\" data-v=\"{Numbers.Key(value)}\">{shown}</td>");

    public static void Num(HtmlBuilder h, int value) =>
        h.Append($"<td class=\"num\" data-v=\"{value}\">{Numbers.Count(value)}</td>");

    public static void Text(HtmlBuilder h, string? text) => h.Append($"<td>{text ?? Numbers.Undefined}</td>");

    public static void JudgeHeader(HtmlBuilder h, ReportContext ctx, string judgeId)
    {
        var judge = ctx.Judge(judgeId);
        var family = judge is null ? Families.Unknown : Families.NameOf(judge);
        h.Append($"<th scope=\"row\" data-v=\"{judgeId}\"><span class=\"chip {ctx.Families.ColourClass(family)}\" aria-hidden=\"true\"></span>{judgeId}");
        if (judge?.Name is { Length: > 0 } name && !string.Equals(name, judgeId, StringComparison.Ordinal))
        {
            h.Append($" <span class=\"muted\">{name}</span>");
        }

        h.Append($"</th>");
    }

    public static void FamilyCell(HtmlBuilder h, ReportContext ctx, string? family)
    {
        var name = string.IsNullOrWhiteSpace(family) ? Families.Unknown : family;
        h.Append($"<td class=\"fam\" data-v=\"{name}\"><span class=\"chip {ctx.Families.ColourClass(name)}\" aria-hidden=\"true\"></span>{name}</td>");
    }

    public static void BandCell(HtmlBuilder h, string? band) =>
        h.Append($"<td data-v=\"{band ?? string.Empty}\">{(band is null ? Markup.Empty : Band(band))}</td>");

    public static Markup Band(string band) => new HtmlBuilder().Append($"<span class=\"band {Bands.ClassOfBand(band)}\">{band}</span>").ToMarkup();
}
