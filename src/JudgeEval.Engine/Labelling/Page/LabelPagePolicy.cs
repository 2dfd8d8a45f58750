using System.Security.Cryptography;
using System.Text;

namespace JudgeEval.Engine.Labelling.Page;

/// <summary>
/// The page's Content-Security-Policy, sent as a header: nothing loads from anywhere, the one stylesheet and the one
/// script run by their SHA-256 hashes, requests go only back to this server, and no other page may frame it.
/// </summary>
public static class LabelPagePolicy
{
    public static string ScriptHash { get; } = Hash(LabelScript.Source);

    public static string StyleHash { get; } = Hash(LabelStyle.Source);

    public static string Value { get; } =
        "default-src 'none'; style-src '" + StyleHash + "'; script-src '" + ScriptHash + "'; connect-src 'self'; img-src data:; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    static string Hash(string source) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
}
