namespace JudgeEval.Engine.Reporting.Html;

/// <summary>
/// The report's policy: nothing may load, the one stylesheet and the one script run only by their SHA-256 hashes,
/// images only as data: URIs. An injected element or inline handler would be refused even if encoding ever failed.
/// </summary>
public static class ContentSecurityPolicy
{
    public static string ScriptHash { get; } = CspHash.Of(ReportScript.Source);

    public static string StyleHash { get; } = CspHash.Of(ReportStyle.Source);

    public static string Value { get; } =
        "default-src 'none'; style-src '" + StyleHash + "'; script-src '" + ScriptHash + "'; img-src data:; base-uri 'none'; form-action 'none'";
}
