using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>One finding as a line: severity, code (linked to its help page), message, manifest location and the section that explains it.</summary>
public static class FindingLine
{
    public static Markup Code(Finding f) => SourceLinks.SafeWebUri(f.HelpUri) is { } help
        ? new HtmlBuilder().Append($"<a class=\"mono\" href=\"{help}\">{f.Code}</a>").ToMarkup()
        : new HtmlBuilder().Append($"<span class=\"mono\">{f.Code}</span>").ToMarkup();

    public static Markup Severity(Finding f) =>
        new HtmlBuilder().Append($"<span class=\"sev {EnumNames.Of(f.Severity)}\">{EnumNames.Of(f.Severity)}</span>").ToMarkup();

    public static Markup Location(Finding f, HtmlReportOptions options)
    {
        if (string.IsNullOrEmpty(f.File))
        {
            return new HtmlBuilder().Append($"<span class=\"muted\">no location</span>").ToMarkup();
        }

        var shown = SourceLinks.Display(f.File, f.Line, f.Column, options);
        return SourceLinks.EditorUri(f.File, f.Line, f.Column, options) is { } uri
            ? new HtmlBuilder().Append($"<a class=\"mono loc\" href=\"{uri}\" title=\"open in the editor\">{shown}</a>").ToMarkup()
            : new HtmlBuilder().Append($"<span class=\"mono loc\">{shown}</span>").ToMarkup();
    }

    public static Markup SectionLink(Finding f)
    {
        var section = SectionIds.ForCode(f.Code);
        return new HtmlBuilder().Append($"<a href=\"#{section}\">{SectionIds.TitleOf(section)}</a>").ToMarkup();
    }
}
