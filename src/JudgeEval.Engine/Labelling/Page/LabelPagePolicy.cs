using JudgeEval.Engine.Reporting.Html;

namespace JudgeEval.Engine.Labelling.Page;

/// <summary>
/// The page's Content-Security-Policy, sent as a header: nothing loads from anywhere, the one stylesheet and the one
/// script run by their SHA-256 hashes, requests go only back to this server, and no other page may frame it.
/// </summary>
public static class LabelPagePolicy
{
    public static string Value { get; } =
        "default-src 'none'; style-src '" + CspHash.Of(LabelStyle.Source) + "'; script-src '" + CspHash.Of(LabelScript.Source) + "'; connect-src 'self'; "
        + "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}
