using System.Security.Cryptography;
using System.Text;
using JudgeEval.Engine.Reporting.Html;

namespace JudgeEval.Engine.Tests.Reporting.Html;

public class ContentSecurityPolicyTests
{
    static readonly string Html = HtmlReport.Render(ReportFixtures.Pairwise4(), ReportFixtures.Options);

    [Fact]
    public void The_policy_allows_only_the_hashed_script_and_style_and_data_images()
    {
        var meta = MarkupScanner.Scan(Html).Tags.Single(t => t.Name == "meta" && t.Attributes.Any(a => a is ("http-equiv", "Content-Security-Policy")));
        var policy = meta.Attributes.Single(a => a.Name == "content").Value;

        Assert.StartsWith("default-src &#39;none&#39;; ", policy, StringComparison.Ordinal);
        Assert.Contains("img-src data:", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hashes_match_the_exact_inline_script_and_style()
    {
        // Independent computation: sha256 over the UTF-8 text between the tags, as the CSP spec hashes inline blocks.
        var raw = MarkupScanner.Scan(Html).RawTexts;
        var script = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(raw.Single(r => r.Element == "script").Text)));
        var style = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(raw.Single(r => r.Element == "style").Text)));

        Assert.Contains("script-src &#39;sha256-" + script + "&#39;", Html, StringComparison.Ordinal);
        Assert.Contains("style-src &#39;sha256-" + style + "&#39;", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_policy_comes_before_any_style_or_script()
    {
        var csp = Html.IndexOf("Content-Security-Policy", StringComparison.Ordinal);
        Assert.True(csp > 0 && csp < Html.IndexOf("<style>", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_in_the_markup_refers_to_an_external_resource()
    {
        var tags = MarkupScanner.Scan(Html).Tags;
        Assert.DoesNotContain(tags, t => t.Name is "img" or "link" or "iframe" or "object" or "embed" or "image" or "use");
        Assert.DoesNotContain(tags, t => t.Attributes.Any(a => a.Name is "src" or "style" or "xlink:href"));
    }
}
