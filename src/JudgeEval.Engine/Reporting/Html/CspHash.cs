using System.Security.Cryptography;
using System.Text;

namespace JudgeEval.Engine.Reporting.Html;

/// <summary>The hash source that lets exactly one inline script or stylesheet run under a Content-Security-Policy.</summary>
public static class CspHash
{
    public static string Of(string source) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
}
