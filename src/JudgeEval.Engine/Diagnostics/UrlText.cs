using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Diagnostics;

/// <summary>
/// A URL as the engine may print it: user-info (`user:key@`) and every query value replaced by ***, so a credential
/// written into a base URL never reaches the console, a log, the cache key or a report. Works on text that does not
/// parse as a URL too, since a malformed URL is exactly what error messages quote.
/// </summary>
public static partial class UrlText
{
    public const string Mask = "***";

    public static string Redact(string url) => QueryValue().Replace(UserInfo().Replace(url, "//" + Mask + "@"), "$1=" + Mask);

    /// <summary>Whether the URL carries user-info or a query string, the places a credential can hide.</summary>
    public static bool HasSecretParts(string url) => UserInfo().IsMatch(url) || QueryValue().IsMatch(url);

    [GeneratedRegex(@"//[^/?#@\s]*@", RegexOptions.CultureInvariant)]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"([?&;][^=&;#\s]*)=[^&;#\s]*", RegexOptions.CultureInvariant)]
    private static partial Regex QueryValue();
}
