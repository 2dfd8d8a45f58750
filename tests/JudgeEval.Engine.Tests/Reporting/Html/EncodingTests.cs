using System.Text;
using JudgeEval.Engine.Reporting.Html;

namespace JudgeEval.Engine.Tests.Reporting.Html;

/// <summary>Every string of the results is untrusted: the hostile fixture must not add a single element, attribute or link.</summary>
public class EncodingTests
{
    static readonly string Hostile = HtmlReport.Render(HostileFixture.Build(), ReportFixtures.Options);
    static readonly MarkupScanner.Result Scanned = MarkupScanner.Scan(Hostile);

    static readonly HashSet<string> AllowedTags =
    [
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "nav", "section", "article",
        "h1", "h2", "h3", "p", "ul", "ol", "li", "dl", "dt", "dd", "a", "b", "span", "div", "time", "button", "wbr", "br", "details", "summary",
        "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "script",
        "svg", "g", "line", "circle", "rect", "text", "desc",
        "polygon", "polyline",
    ];

    [Fact]
    public void Hostile_strings_add_no_element()
    {
        var unexpected = Scanned.Tags.Select(t => t.Name).Where(n => !AllowedTags.Contains(n)).Distinct().ToList();
        Assert.Empty(unexpected);
        Assert.Equal(1, Scanned.Tags.Count(t => t.Name == "script" && !t.Closing));
        Assert.Equal(1, Scanned.Tags.Count(t => t.Name == "style" && !t.Closing));
        Assert.Empty(Scanned.Comments);
    }

    [Fact]
    public void The_script_and_style_are_the_report_constants_untouched_by_data()
    {
        Assert.Equal(ReportScript.Source, Scanned.RawTexts.Single(r => r.Element == "script").Text);
        Assert.Equal(ReportStyle.Source, Scanned.RawTexts.Single(r => r.Element == "style").Text);
    }

    [Fact]
    public void Hostile_strings_add_no_event_handler_style_or_source_attribute()
    {
        var names = Scanned.Tags.SelectMany(t => t.Attributes.Select(a => a.Name)).Distinct().ToList();
        Assert.DoesNotContain(names, n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(names, n => n is "style" or "src" or "srcdoc" or "formaction" or "x'" or "'");
    }

    [Fact]
    public void Links_are_only_fragments_editor_links_and_web_help_pages()
    {
        var hrefs = Scanned.Tags.SelectMany(t => t.Attributes.Where(a => a.Name == "href").Select(a => a.Value)).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.True(h.StartsWith('#') || h.StartsWith("vscode://file/", StringComparison.Ordinal) || h.StartsWith("https://", StringComparison.Ordinal), h));
        Assert.DoesNotContain(hrefs, h => h.Contains("javascript:", StringComparison.OrdinalIgnoreCase) && !h.StartsWith("vscode://", StringComparison.Ordinal));
        // The finding whose file is the javascript: payload is resolved against BaseDirectory and escaped, not navigable as script.
        Assert.Contains("href=\"vscode://file/repo/javascript%3Awindow.__pwned%3D6:1:1\"", Hostile, StringComparison.Ordinal);
    }

    [Fact]
    public void Payloads_appear_as_visible_text()
    {
        Assert.Contains("&lt;script&gt;document.title=&#39;PWNED&#39;;window.__pwned=1&lt;/script&gt;", Hostile, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;", Hostile, StringComparison.Ordinal);
        Assert.Contains("&lt;/style&gt;&lt;script&gt;window.__pwned=4", Hostile, StringComparison.Ordinal);
        Assert.Contains("&lt;!-- --&gt;&lt;iframe", Hostile, StringComparison.Ordinal);
    }

    [Fact]
    public void Unicode_is_kept_and_control_characters_and_lone_surrogates_are_replaced()
    {
        Assert.Contains("Ωmega — 日本語 🚀", Hostile, StringComparison.Ordinal);
        Assert.Contains("bell\uFFFD nul\uFFFD lone\uFFFD end", Hostile, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0000', Hostile);
        Assert.DoesNotContain('\u0007', Hostile);
        // The right-to-left override in the payload would show "evil" as "live".
        Assert.DoesNotContain('\u202E', Hostile);
        Assert.Contains("\uFFFDevil\uFFFD émoji", Hostile, StringComparison.Ordinal);
        // A strict UTF-8 encoder throws on a lone surrogate: the whole file is valid UTF-8.
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(Hostile);
    }

    [Fact]
    public void Unknown_outcome_severity_and_band_text_never_reach_a_class_attribute()
    {
        var classes = Scanned.Tags.SelectMany(t => t.Attributes.Where(a => a.Name == "class").Select(a => a.Value));
        Assert.All(classes, c => Assert.Matches("^[a-z0-9 -]*$", c));
    }

    [Theory]
    [InlineData("<b>&\"'", "&lt;b&gt;&amp;&quot;&#39;")]
    [InlineData("a\r\nb\tc", "a\nb\tc")]
    [InlineData("🚀", "🚀")]
    [InlineData(null, "")]
    public void Encode_escapes_the_five_significant_characters(string? input, string expected) =>
        Assert.Equal(expected, HtmlText.Encode(input));

    [Fact]
    public void Encode_replaces_a_lone_low_surrogate() =>
        Assert.Equal("\uFFFDx\uFFFD", HtmlText.Encode(new string(['\uDC00', 'x', '\uD800'])));

    [Fact]
    public void Truncate_never_splits_a_surrogate_pair() =>
        Assert.Equal(("ab", true), HtmlText.Truncate("ab🚀cd", 3));
}
